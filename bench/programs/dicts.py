# Benchmark: dicts - counting, grouping, lookups with int, str and tuple keys, deletion.
# Usage: dicts.py [N]   (work grows linearly with N; prints a checksum)
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 140

keys = ["key%d" % i for i in range(500)]
checksum = 0
for rep in range(N):
    counts = {}
    x = rep + 7
    for i in range(30000):
        x = (x * 69069 + 1) % 4294967296
        k = keys[x % 500]
        counts[k] = counts.get(k, 0) + 1
    grid = {}
    for r in range(60):
        for c in range(60):
            grid[(r, c)] = (r * c) % 17
    total = 0
    for r in range(1, 59):
        for c in range(1, 59):
            total += grid[(r - 1, c)] + grid[(r + 1, c)] - grid[(r, c - 1)] + grid[(r, c + 1)]
    ints = {}
    for i in range(20000):
        ints[i * 7 % 20011] = i
    for i in range(0, 20011, 3):
        if i in ints:
            del ints[i]
    groups = {}
    for k in counts:
        groups.setdefault(counts[k] % 10, []).append(k)
    checksum = (checksum + max(counts.values()) + total + len(ints) + sum(ints.values()) % 1000
                + len(groups[3])) % 1000000007
print("dicts", N, checksum)
