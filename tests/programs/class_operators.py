class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y

    def __ne__(self, o):
        return not self == o

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __le__(self, o):
        return (self.x, self.y) <= (o.x, o.y)

    def __gt__(self, o):
        return (self.x, self.y) > (o.x, o.y)

    def __ge__(self, o):
        return (self.x, self.y) >= (o.x, o.y)

    def __bool__(self):
        return self.x != 0 or self.y != 0

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


a = Vec(1, 2)
b = Vec(3, 5)
print(a + b, a - b, a * 3, 3 * a, a * b, b / 2, b // 2, b % 2, a ** 2, -a, +a, abs(Vec(3, 4)))
c = a
c += b
print(c, a, c is a)
print(a == Vec(4, 7), a != Vec(4, 7), a < b, a <= b, a > b, a >= b)
print(bool(Vec(0, 0)), bool(a), not Vec(0, 0))
print(sorted([Vec(2, 1), Vec(1, 5), Vec(1, 2)]))
print(len({Vec(1, 1), Vec(1, 1), Vec(2, 2)}), Vec(1, 1) in {Vec(1, 1)})
d = {Vec(0, 1): "up"}
print(d[Vec(0, 1)])


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __repr__(self):
        return "Money(%d)" % self.cents


print(sum([Money(5), Money(10)]), 1 + Money(2), Money(2) + 1)
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)


class Grid:
    def __init__(self):
        self.cells = {}

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __getitem__(self, key):
        return self.cells.get(key, ".")

    def __delitem__(self, key):
        del self.cells[key]

    def __contains__(self, key):
        return key in self.cells

    def __call__(self, x, y=0):
        return self[x, y]

    def __len__(self):
        return len(self.cells)


g = Grid()
g[1, 2] = "#"
g[0, 0] = "@"
print(g[1, 2], g[5, 5], (1, 2) in g, (9, 9) in g, g(0), len(g))
del g[1, 2]
print(len(g), (1, 2) in g, callable(g))
