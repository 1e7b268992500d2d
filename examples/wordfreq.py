# wordfreq.py - string and dict processing: word frequencies of a generated text.
#
# Shows: str methods (split, strip, lower, replace, join), dict get/setdefault/items,
# sorting with key= and reverse=, f-strings with format specs, and %-formatting.
# The text is generated from a fixed vocabulary so the program needs no input files.
#   ./armjit run examples/wordfreq.py

VOCAB = ("the quick brown fox jumps over lazy dog while seven wizards quietly hex "
         "bright vixens and jovial quacks of the grumpy zebra; a sphinx of black quartz "
         "judges my vow, and the five boxing wizards jump quickly.").split()


def generate(n_words, seed):
    words = []
    x = seed
    for i in range(n_words):
        x = (x * 69069 + 1) % 4294967296
        w = VOCAB[(x >> 16) % len(VOCAB)]
        if (x >> 8) % 11 == 0:
            w = w.upper()
        words.append(w)
        if (x >> 4) % 13 == 0:
            words.append("\n")
    return " ".join(words)


text = generate(250000, 2024)
counts = {}
by_initial = {}
for line in text.split("\n"):
    for raw in line.split():
        w = raw.strip(".,;").lower()
        if not w:
            continue
        counts[w] = counts.get(w, 0) + 1
        by_initial.setdefault(w[0], []).append(len(w))

ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
total = sum(counts.values())
print(f"{total} words, {len(counts)} distinct, {len(text.split(chr(10)))} lines")
for word, n in ranked[:10]:
    print(f"{word:>10} {n:6d} {100.0 * n / total:6.2f}%")
print("least common:", ", ".join([w for w, n in ranked[-3:]]))
for initial in sorted(by_initial)[:6]:
    lengths = by_initial[initial]
    print("%s: %5d words, mean length %.3f" % (initial, len(lengths), sum(lengths) / len(lengths)))
