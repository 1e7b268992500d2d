# sort/sorted with key= and reverse=, stability with equal keys.
words = ["banana", "Pie", "apple", "fig", "Cherry", "date", "kiwi", "egg"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
recs = [("ann", 30), ("bob", 25), ("cid", 30), ("dan", 25), ("eve", 35)]
recs.sort(key=lambda r: r[1])
print(recs)
recs.sort(key=lambda r: r[1], reverse=True)
print(recs)
def last_char(s):
    return s[-1]
words.sort(key=last_char)
print(words)
nums = [-5, 3, -1, 4, -2, 0]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), max(nums, key=abs), min(nums, key=abs))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]))
