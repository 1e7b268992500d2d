# Float accumulation: Kahan vs naive summation, series for pi and e.
def naive(xs):
    s = 0.0
    for x in xs:
        s += x
    return s

def kahan(xs):
    s = 0.0
    c = 0.0
    for x in xs:
        y = x - c
        t = s + y
        c = (t - s) - y
        s = t
    return s

xs = [0.1] * 1000 + [1e10, -1e10] + [1e-3] * 100
print(naive(xs), kahan(xs), sum(xs))
pi = 0.0
for k in range(10000):
    pi += (-1) ** k / (2 * k + 1)
print(4 * pi)
e = 0.0
term = 1.0
for k in range(1, 20):
    e += term
    term /= k
print(e)
h = 0.0
for i in range(1, 1001):
    h += 1.0 / i
print(h)
