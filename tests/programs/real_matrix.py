# Numeric kernel: matrix multiply, transpose, Gaussian elimination to solve Ax = b.
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum([a[i][k] * b[k][j] for k in range(m)]) for j in range(p)] for i in range(n)]
def transpose(a):
    return [[a[i][j] for i in range(len(a))] for j in range(len(a[0]))]
def solve(a, b):
    n = len(a)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        s = m[i][n]
        for j in range(i + 1, n):
            s -= m[i][j] * x[j]
        x[i] = s / m[i][i]
    return x
a = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
b = [8, -11, -3]
print(matmul(a, transpose(a)))
print([round(v, 10) for v in solve(a, b)])
ident = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
m = [[i * 4 + j for j in range(4)] for i in range(4)]
print(matmul(m, ident) == m, matmul(m, m))
h = [[1.0 / (i + j + 1) for j in range(5)] for i in range(5)]
x = solve(h, [1.0] * 5)
print(["%.6f" % v for v in x])
