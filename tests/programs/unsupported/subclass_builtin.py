# Subclassing builtin types other than Exception is outside the subset (reported at run time).
class MyList(list):
    pass
print(MyList([1, 2]))
