# Ints around the 31-bit small-int and 64-bit boundaries, where fast paths hand over to
# the general ones: every operator on values just inside and just outside each boundary.
vals = [0, 1, -1, 2**30 - 1, 2**30, -2**30, -2**30 - 1, 2**31, 2**32 - 1, 2**32, -2**32,
        2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, -2**64, 3**40, -(3**40), True, False]
acc = 0
for a in vals:
    for b in vals:
        r = [a + b, a - b, a * b, a & b, a | b, a ^ b, a < b, a <= b, a == b, a != b, a > b, a >= b]
        if b != 0:
            r.append(a // b)
            r.append(a % b)
            r.append(a / b)
        if 0 <= b < 70:
            r.append(a << b)
            r.append(a >> b)
        print(a, b, r)
        for x in r:
            acc = (acc * 31 + int(x)) % 1000000007
    print(a, -a, ~a, abs(a), float(a), {a: 1}.get(float(a)), {float(a): 2}.get(a))
print(acc)

# Shifts that cross the boundaries
x = 1
for i in range(70):
    x = x << 1
    print(i, x, x >> i, -x >> (i + 1), (x - 1) & 0xFFFFFFFF, x ^ 0x5555555555555555)

# Mixed int/float arithmetic and comparison, including nan and signed zeros
fs = [0.0, -0.0, 1.5, -2.25, 1e300, float("inf"), float("-inf"), float("nan"), 2.0**53, 2.0**63]
ns = [0, 1, -3, 2**30 - 1, -2**30, 2**53 + 1, 2**63]
for f in fs:
    for n in ns:
        out = [f + n, n + f, f - n, n - f, f * n, n * f, f < n, f <= n, f == n, f != n, f > n, f >= n,
               n < f, n == f]
        if n != 0:
            out.append(f / n)
        if f != 0:
            out.append(n / f)
        print(f, n, out)
for f in fs:
    for g in fs:
        print(f, g, f + g, f - g, f * g, f < g, f == g, f != g, f >= g, f / g if g != 0 else "div0")
try:
    print(1.5 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(3 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(2**40 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(2**40 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
