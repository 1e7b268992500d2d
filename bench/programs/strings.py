# Benchmark: strings - splitting, joining, searching, replacing, formatting, character loops.
# Usage: strings.py [N]   (work grows linearly with N; prints a checksum)
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200

words = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor".split()


def make_text(n, seed):
    parts = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        parts.append(words[x % len(words)])
        if x % 17 == 0:
            parts.append("\n")
    return " ".join(parts)


def caesar(s, k):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


checksum = 0
for rep in range(N):
    text = make_text(20000, rep + 3)
    lines = text.split("\n")
    longest = max([len(l) for l in lines])
    upper = text.upper()
    hits = text.count("dolor") + upper.count("SIT") + text.find("tempor elit")
    replaced = text.replace("ipsum", "IPSUM").replace(" ", "_")
    shifted = caesar(text[:30000], rep % 26)
    rows = []
    for i in range(2000):
        rows.append("%5d|%-8s|%8.3f" % (i, words[i % len(words)], i / 7.0))
    table = "\n".join(rows)
    stripped = 0
    for l in lines:
        if l.strip().startswith("lorem"):
            stripped += 1
    checksum = (checksum + longest + hits + len(replaced) + shifted.count("a") + len(table) + stripped) % 1000000007
print("strings", N, checksum)
