# Loop-heavy: attribute reads and writes on objects in a particle update loop.
class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v
    def step(self, dt):
        self.x += self.v * dt
        if self.x < 0.0 or self.x > 10.0:
            self.v = -self.v
ps = [Particle(i * 0.5, (i % 7 - 3) * 0.25) for i in range(20)]
for t in range(3000):
    for p in ps:
        p.step(0.1)
print(["%.3f" % p.x for p in ps[:6]])
print("%.6f" % sum([p.x for p in ps]), sum([1 for p in ps if p.v > 0]))
