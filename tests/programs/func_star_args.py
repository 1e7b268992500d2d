def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, d=7))
print(f(*[1, 2, 3], **{"c": 9, "z": 0}))

def g(*args):
    return sum(args)

print(g(), g(1, 2, 3), g(*range(10)))

def h(**kw):
    return sorted(kw.items())

print(h(x=1, y=2), h(**{"a": 1}, b=2))

def kwonly(*, key, reverse=False):
    return key, reverse

print(kwonly(key=1), kwonly(reverse=True, key=2))

def wrapper(*args, **kwargs):
    return f(*args, **kwargs)

print(wrapper(10, c=20))
args = (1, 2)
print(max(*args), min(*[4, 5, 6]), "{}-{}".format(*args))
print([*range(3), *"ab"], (*[1, 2], 3), {*"aab", 5})
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(5)
print(a, mid, z)
x, *y = (1,)
print(x, y)
for head, *tail in [(1, 2, 3), (4, 5)]:
    print(head, tail)
lam = lambda *a, **k: (a, k)
print(lam(1, q=2))

class P:
    def __init__(self, *coords, name="p"):
        self.coords = coords
        self.name = name

    def m(self, *a, **k):
        return self.name, a, k

p = P(1, 2, name="q")
print(p.coords, p.name, p.m(3, r=4), p.m(*[5, 6]), P().coords)

def errors():
    try:
        f(1)
    except TypeError as e:
        print(e)
    try:
        kwonly(1)
    except TypeError as e:
        print(e)
    try:
        g(**{"a": 1})
    except TypeError as e:
        print(e)

errors()
