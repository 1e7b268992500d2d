# Digits of pi from an unbounded spigot over big ints, driven by a generator.
# Size N: number of digits.
import sys


def digits():
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while True:
        if 4 * q + r - t < n * t:
            yield n
            q, r, t, k, n, l = 10 * q, 10 * (r - n * t), t, k, (10 * (3 * q + r)) // t - 10 * n, l
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 6000
    out = []
    for i, d in enumerate(digits()):
        if i >= n:
            break
        out.append(str(d))
    s = "".join(out)
    print(s[:50], s[-20:], len(s))


main()
