# GC benchmark: short-lived objects - small instances, tuples and floats made and dropped
# in a loop, with a small bounded set kept alive (a ring of recent results).
# Usage: alloc_objects.py [N]   (work grows linearly with N; prints a checksum)
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 20


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)


ring = [None] * 64
acc = Vec(0.0, 0.0)
total = 0.0
for i in range(N * 5000):
    v = Vec(i * 0.5, 1.0).scale(0.25).add(Vec(1.0, i * 0.125))
    pair = (v, i, (i % 7, v.x))
    ring[i % 64] = pair
    acc = acc.add(v.scale(0.001))
    total += pair[2][1] - v.y
print("%.6f %.6f %.3f %d" % (acc.x, acc.y, total, ring[(N * 5000 - 1) % 64][1]))
