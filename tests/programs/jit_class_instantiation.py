# Classes instantiated in hot loops: __init__ inlined into the trace, exits inside it, an
# __init__ that raises or returns a value, classes without __init__, Base.__init__ calls,
# class constants, and __init__ rebound while a trace that inlined it is running.


class Point:
    SCALE = 3

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Empty:
    pass


class Point3(Point):
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z * Point.SCALE


class Checked:
    def __init__(self, v):
        if v > 40:
            self.v = -v
        else:
            self.v = v


class Picky:
    def __init__(self, v):
        if v == 77:
            raise ValueError("no 77")
        self.v = v


class Odd:
    def __init__(self, v):
        self.v = v
        if v == 90:
            return v


class WithDefault:
    def __init__(self, a, b=5):
        self.s = a + b


def points(n):
    total = 0
    for i in range(n):
        p = Point(i, i * 2)
        q = Point3(p.x, p.y, i % 4)
        e = Empty()
        total += q.x + q.y + q.z
        if i % 10 == 0:
            e.tag = i
            total += e.tag
    return total


def checked(n):
    out = []
    for i in range(n):
        out.append(Checked(i).v)
    return sum(out)


def picky(n):
    s = 0
    for i in range(n):
        s += Picky(i).v
    return s


def odd(n):
    s = 0
    for i in range(n):
        s += Odd(i).v
    return s


def defaults(n):
    s = 0
    for i in range(n):
        s += WithDefault(i).s + WithDefault(i, 1).s
    return s


def rebound(n):
    s = 0
    for i in range(n):
        if i == 50:
            Point.__init__ = lambda self, x, y: setattr(self, "x", x * 100) or setattr(self, "y", y)
        s += Point(i, 1).x
    return s


print(points(200))
print(checked(100))
try:
    picky(100)
except ValueError as e:
    print("ValueError", e)
print(picky(50))
try:
    odd(100)
except TypeError as e:
    print("TypeError", e)
print(defaults(60))
print(rebound(100))
objs = [Point(k, -k) for k in range(30)]
print(sum(o.x - o.y for o in objs), len(objs))
