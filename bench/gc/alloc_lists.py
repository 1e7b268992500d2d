# GC benchmark: short-lived lists - comprehensions, slices, concatenation and sorting of
# small lists made and dropped in a loop; a bounded window of recent lists stays alive.
# Usage: alloc_lists.py [N]   (work grows linearly with N; prints a checksum)
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 20

window = []
checksum = 0
for i in range(N * 1000):
    row = [(i * j) % 97 for j in range(16)]
    half = row[:8] + row[8:][::-1]
    half.sort()
    grid = [row[k:k + 4] for k in range(0, 16, 4)]
    checksum = (checksum + half[3] * 31 + grid[2][1] + len(grid)) % 1000000007
    window.append(half)
    if len(window) > 100:
        window = window[50:]
print(checksum, len(window), window[-1][:4])
