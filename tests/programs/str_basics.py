# String concatenation, repetition, len, indexing and iteration.
s = "hello"
t = 'world'
print(s + " " + t, s * 3, 3 * "ab", "-" * 0, "x" * -2, len(s), len(""))
print(s[0], s[4], s[-1], s[-5], t[1:3])
for ch in "abc":
    print(ch, ord(ch))
u = ""
for i in range(5):
    u += str(i)
print(u, len(u))
print("a" "b" 'c')
print(str(12) + str(3.5) + str(None) + str(True))
s2 = s
s += "!"
print(s, s2)
