# Metaclasses (class keyword arguments) are outside the subset.
class Meta(type):
    pass
class C(metaclass=Meta):
    pass
print(C)
