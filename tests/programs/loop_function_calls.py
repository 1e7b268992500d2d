# Loop-heavy: many small function calls (inlining candidates) and a recursive helper.
def add(a, b):
    return a + b
def clamp(v, lo, hi):
    if v < lo:
        return lo
    if v > hi:
        return hi
    return v
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
total = 0
for i in range(60000):
    total = add(total, clamp(i % 100 - 20, 0, 50))
print(total)
g = 0
for i in range(1, 15000):
    g += gcd(i, 360)
print(g)
