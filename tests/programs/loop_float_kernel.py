# Loop-heavy: float arithmetic in a tight loop (numerical integration and a recurrence).
n = 100000
h = 1.0 / n
s = 0.0
for i in range(n):
    x = (i + 0.5) * h
    s += 4.0 / (1.0 + x * x)
print(s * h)
x = 0.5
for i in range(50000):
    x = 3.7 * x * (1.0 - x)
print(x)
