# The chaos game in the style of the chaos benchmark: a vector class with operator methods,
# B-spline curves that bend a set of affine maps, seeded random choices of a map per step,
# and a pixel grid that counts the hits. Size N: thousands of chaos-game iterations.
import sys
import math
import random


class GVector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x = x
        self.y = y
        self.z = z

    def mag(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def dist(self, other):
        return (self - other).mag()

    def __add__(self, other):
        return GVector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, k):
        return GVector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return GVector(-self.x, -self.y, -self.z)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y and self.z == other.z

    def __hash__(self):
        return hash((self.x, self.y, self.z))

    def linear_combination(self, other, l1, l2=None):
        if l2 is None:
            l2 = 1 - l1
        return GVector(self.x * l1 + other.x * l2, self.y * l1 + other.y * l2, self.z * l1 + other.z * l2)

    def __repr__(self):
        return "<%.4f, %.4f, %.4f>" % (self.x, self.y, self.z)


class Spline:
    """A B-spline of some degree over control points with a knot vector."""

    def __init__(self, points, degree, knots):
        if len(points) > len(knots) - degree + 1:
            raise ValueError("too many control points")
        if len(points) < len(knots) - degree + 1:
            raise ValueError("not enough control points")
        last = knots[0]
        for k in knots[1:]:
            if k < last:
                raise ValueError("knots not strictly increasing")
            last = k
        self.knots = knots
        self.points = points
        self.degree = degree

    def domain(self):
        return (self.knots[self.degree - 1], self.knots[len(self.knots) - self.degree])

    def __call__(self, u):
        lo, hi = self.domain()
        if u < lo or u > hi:
            raise ValueError("parameter out of the domain")
        if u == hi:
            index = len(self.knots) - self.degree - 1
        else:
            index = self.index_of(u)
        # de Boor's recurrence on the p + 1 control points of the knot span
        p = self.degree
        d = [self.points[index - p + 1 + j] for j in range(p + 1)]
        for r in range(1, p + 1):
            for j in range(p, r - 1, -1):
                left = self.knots[j + index - p]
                right = self.knots[j + index + 1 - r]
                alpha = (u - left) / (right - left)
                d[j] = d[j - 1] * (1 - alpha) + d[j] * alpha
        return d[p]

    def index_of(self, u):
        lo, hi = self.degree - 1, len(self.knots) - self.degree
        while lo + 1 < hi:
            mid = (lo + hi) // 2
            if self.knots[mid] <= u:
                lo = mid
            else:
                hi = mid
        return lo

    def __len__(self):
        return len(self.points)


class Chaosgame:
    def __init__(self, splines, thickness, rng):
        self.splines = splines
        self.thickness = thickness
        self.rng = rng
        self.minx = min(p.x for s in splines for p in s.points)
        self.miny = min(p.y for s in splines for p in s.points)
        self.maxx = max(p.x for s in splines for p in s.points)
        self.maxy = max(p.y for s in splines for p in s.points)
        self.height = self.maxy - self.miny
        self.width = self.maxx - self.minx
        self.num_trafos = []
        maxlength = thickness * self.width / self.height
        for s in splines:
            length = 0
            curr = s(0)
            for i in range(1, 1000):
                last = curr
                t = 1 / 999 * i
                curr = s(t)
                length += curr.dist(last)
            self.num_trafos.append(max(1, int(length / maxlength * 1.5)))
        self.num_total = sum(self.num_trafos)

    def transform_point(self, point, trafo=None):
        x = (point.x - self.minx) / self.width
        y = (point.y - self.miny) / self.height
        if trafo is None:
            trafo = self.choose_trafo()
        start, end = self.splines[trafo[0]].domain()
        length = end - start
        seg_length = length / self.num_trafos[trafo[0]]
        t = start + seg_length * trafo[1] + seg_length * x
        basepoint = self.splines[trafo[0]](t)
        if t + 1 / 50000 > end:
            neighbour = self.splines[trafo[0]](t - 1 / 50000)
            derivative = neighbour - basepoint
        else:
            neighbour = self.splines[trafo[0]](t + 1 / 50000)
            derivative = basepoint - neighbour
        if derivative.mag() != 0:
            basepoint.x += derivative.y / derivative.mag() * (y - 0.5) * self.thickness
            basepoint.y += -derivative.x / derivative.mag() * (y - 0.5) * self.thickness
        self.truncate(basepoint)
        return basepoint

    def truncate(self, point):
        if point.x >= self.maxx:
            point.x = self.maxx
        if point.y >= self.maxy:
            point.y = self.maxy
        if point.x < self.minx:
            point.x = self.minx
        if point.y < self.miny:
            point.y = self.miny

    def choose_trafo(self):
        r = self.rng.randrange(self.num_total)
        l = 0
        for i in range(len(self.num_trafos)):
            if r >= l and r < l + self.num_trafos[i]:
                return i, self.rng.randrange(self.num_trafos[i])
            l += self.num_trafos[i]
        return len(self.num_trafos) - 1, self.rng.randrange(self.num_trafos[-1])

    def create_image(self, w, h, n):
        im = [[0] * h for _ in range(w)]
        point = GVector((self.maxx + self.minx) / 2, (self.maxy + self.miny) / 2, 0)
        for _ in range(n):
            point = self.transform_point(point)
            x = (point.x - self.minx) / self.width * w
            y = (point.y - self.miny) / self.height * h
            x = int(x)
            y = int(y)
            if x == w:
                x -= 1
            if y == h:
                y -= 1
            im[x][h - y - 1] += 1
        return im


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    rng = random.Random(1234)
    splines = [
        Spline([GVector(1.597350, 3.304460, 0.0), GVector(1.575810, 4.123260, 0.0), GVector(1.313210, 5.288350, 0.0),
                GVector(1.618900, 5.329910, 0.0), GVector(2.889940, 5.502700, 0.0), GVector(2.373060, 4.381830, 0.0),
                GVector(1.662000, 4.360280, 0.0)], 3, [0, 0, 0, 1, 1, 1, 2, 2, 2]),
        Spline([GVector(2.804500, 4.017350, 0.0), GVector(2.550500, 3.525230, 0.0), GVector(1.979010, 2.620360, 0.0),
                GVector(1.979010, 2.620360, 0.0)], 3, [0, 0, 0, 1, 1, 1]),
        Spline([GVector(2.001670, 4.011320, 0.0), GVector(2.335040, 3.312830, 0.0), GVector(2.366800, 3.233460, 0.0),
                GVector(2.366800, 3.233460, 0.0)], 3, [0, 0, 0, 1, 1, 1]),
    ]
    game = Chaosgame(splines, 0.25, rng)
    im = game.create_image(64, 64, n * 1000)
    hits = sum(sum(col) for col in im)
    lit = sum(1 for col in im for v in col if v)
    busiest = max(max(col) for col in im)
    print(game.num_trafos, game.num_total, len(splines[0]))
    print(hits, lit, busiest, sum(i * v for col in im for i, v in enumerate(col)) % 1000003)
    rows = []
    for y in range(0, 64, 8):
        rows.append("".join("#" if any(im[x][yy] for yy in range(y, y + 8)) else "." for x in range(0, 64, 2)))
    print("\n".join(rows))
    v = GVector(1, 2, 3)
    print(v + v, v - v * 2, 2 * v, -v, v == GVector(1, 2, 3), v.dist(GVector()), len({v, GVector(1, 2, 3)}))


main()
