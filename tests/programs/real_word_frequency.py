# Text processing: word frequencies, longest words, line statistics.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""
counts = {}
for line in text.split("\n"):
    for raw in line.split():
        w = raw.strip(",.").lower()
        if w:
            counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in ranked[:8]:
    print("%-8s %3d %s" % (w, n, "*" * n))
print(len(counts), sum(counts.values()))
longest = max(counts, key=len)
print("longest:", longest, len(longest))
lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
lines = text.split("\n")
print([len(l) for l in lines], max([len(l.split()) for l in lines]))
