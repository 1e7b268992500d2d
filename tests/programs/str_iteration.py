# Iterating strings: characters, enumerate, building, reversing, counting.
s = "Mississippi"
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
for i, ch in enumerate("abc"):
    print(i, ch)
rev = ""
for ch in s:
    rev = ch + rev
print(rev, rev == s[::-1])
print(list("hello"), tuple("hi"), sorted("banana"), [c.upper() for c in "abc"])
vowels = 0
for ch in "programming language":
    if ch in "aeiou":
        vowels += 1
print(vowels)
print(min("hello"), max("hello"), "".join(reversed("stressed")))
