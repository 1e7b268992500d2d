# Loop-heavy: building strings by concatenation and by join, and scanning them.
parts = []
for i in range(20000):
    parts.append(str(i % 10))
s = "".join(parts)
print(len(s), s[:20], s.count("7"))
acc = ""
for i in range(5000):
    acc += chr(97 + i % 26)
print(len(acc), acc[-10:], acc.find("xyz"))
vowels = 0
for ch in acc:
    if ch in "aeiou":
        vowels += 1
print(vowels)
