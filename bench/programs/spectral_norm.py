# Benchmark: float loops and small function calls - the spectral norm of an infinite matrix.
# Usage: spectral_norm.py [N]   (matrix size N; work grows with N squared)
import sys
import math

N = int(sys.argv[1]) if len(sys.argv) > 1 else 580


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(i, j) * v[j]
        out[i] = s


def mul_atv(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * v[j]
        out[i] = s


def mul_atav(v, out, tmp):
    mul_av(v, tmp)
    mul_atv(tmp, out)


u = [1.0] * N
v = [0.0] * N
tmp = [0.0] * N
for k in range(10):
    mul_atav(u, v, tmp)
    mul_atav(v, u, tmp)
vbv = 0.0
vv = 0.0
for i in range(N):
    vbv += u[i] * v[i]
    vv += v[i] * v[i]
print("spectral_norm", N, "%.9f" % math.sqrt(vbv / vv))
