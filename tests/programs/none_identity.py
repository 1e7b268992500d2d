# is / is not on None, bools and shared objects.
x = [1, 2]
y = x
z = [1, 2]
print(x is y, x is z, x == z, x is not z)
y.append(3)
print(x, z)
t = True
print(t is True, (1 == 1) is True, (1 == 2) is False, None is None)
def f(v=None):
    if v is None:
        return "default"
    return v
print(f(), f(0), f(""), f(None), f([]))
