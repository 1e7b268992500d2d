# Benchmark: object attribute access - a 2-D vector class and a rigid-body style update loop.
# Usage: objects.py [N]   (N hundred steps; prints a checksum)
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 500


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y


class Body:
    def __init__(self, i):
        self.pos = Vec(i * 1.5, (i * 7) % 11 * 1.0)
        self.vel = Vec(((i * 3) % 5 - 2) * 0.1, ((i * 5) % 7 - 3) * 0.1)
        self.mass = 1.0 + i % 3
        self.hits = 0

    def step(self, dt, gravity):
        self.vel = self.vel.add(gravity.scale(dt))
        self.pos = self.pos.add(self.vel.scale(dt))
        if self.pos.y < 0.0:
            self.pos.y = -self.pos.y
            self.vel.y = -self.vel.y * 0.9
            self.hits += 1
        if self.pos.x < 0.0 or self.pos.x > 40.0:
            self.vel.x = -self.vel.x
            self.hits += 1


bodies = [Body(i) for i in range(40)]
g = Vec(0.0, -9.81)
for t in range(N * 100):
    for b in bodies:
        b.step(0.01, g)
energy = 0.0
hits = 0
for b in bodies:
    energy += 0.5 * b.mass * b.vel.dot(b.vel) + b.mass * 9.81 * b.pos.y
    hits += b.hits
print("objects", N, hits, "%.6f" % energy)
