# Multiple inheritance is outside the subset (reported by the class machinery at run time).
class A:
    pass
class B:
    pass
class C(A, B):
    pass
print(C())
