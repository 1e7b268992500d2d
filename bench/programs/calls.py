# Benchmark: function calls - recursion, closures, default and keyword arguments, lambdas.
# Usage: calls.py [N]   (work grows linearly with N; prints a checksum)
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def make_scaler(k):
    def scale(v, offset=0):
        return v * k + offset
    return scale


def apply_many(f, n):
    acc = 0
    for i in range(n):
        acc = f(acc % 1000, offset=i & 7)
    return acc


checksum = 0
for rep in range(N):
    checksum += fib(20)
    checksum += tak(14, 9, 3 + rep % 2)
    checksum += apply_many(make_scaler(3), 40000)
    checksum += apply_many(lambda v, offset=0: v + offset + 1, 40000)
print("calls", N, checksum)
