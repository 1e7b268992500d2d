# Subclassing builtin types other than object, list, dict and Exception is outside the subset (reported at run time).
class MyStr(str):
    pass
print(MyStr("ab"))
