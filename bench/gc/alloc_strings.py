# GC benchmark: short-lived strings - str(), concatenation, formatting, join and split of
# small strings made and dropped in a loop; a small dict of recent strings stays alive.
# Usage: alloc_strings.py [N]   (work grows linearly with N; prints a checksum)
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 20

recent = {}
checksum = 0
for i in range(N * 2000):
    s = "item" + str(i) + ":" + str(i * 7 % 1000)
    t = "%s|%d|%.2f" % (s, i % 13, i / 7.0)
    parts = t.split("|")
    joined = "-".join(parts) + s.upper()
    checksum = (checksum + len(joined) * 3 + len(parts[0])) % 1000000007
    recent[i % 128] = joined
print(checksum, len(recent), recent[(N * 2000 - 1) % 128])
