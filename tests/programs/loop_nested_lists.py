# Loop-heavy: nested loops over lists of ints (matrix fill and reduction).
n = 120
m = [[(i * 31 + j * 17) % 101 for j in range(n)] for i in range(n)]
row_max = []
for row in m:
    best = row[0]
    for v in row:
        if v > best:
            best = v
    row_max.append(best)
diag = 0
for i in range(n):
    diag += m[i][i] * m[i][n - 1 - i]
print(sum(row_max), diag)
col = [0] * n
for i in range(n):
    r = m[i]
    for j in range(n):
        col[j] += r[j]
print(col[:5], max(col), min(col))
