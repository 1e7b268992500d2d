# Discrete-event simulation of a two-server queue with a deterministic pseudo-random source.
class Lcg:
    def __init__(self, seed):
        self.x = seed
    def uniform(self):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % (2 ** 64)
        return (self.x >> 11) / 9007199254740992.0
import math
def expo(rng, rate):
    return -math.log(1.0 - rng.uniform()) / rate
rng = Lcg(2024)
t = 0.0
free_at = [0.0, 0.0]
waits = []
for customer in range(500):
    t += expo(rng, 1.8)
    s = 0 if free_at[0] <= free_at[1] else 1
    start = max(t, free_at[s])
    waits.append(start - t)
    free_at[s] = start + expo(rng, 1.0)
print("customers:", len(waits))
print("mean wait: %.4f" % (sum(waits) / len(waits)))
print("max wait: %.4f" % max(waits))
print("waited:", len([w for w in waits if w > 0]))
print("end time: %.3f" % max(free_at))
