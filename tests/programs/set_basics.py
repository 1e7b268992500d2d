s = {3, 1, 2}
print(s, len(s), 2 in s, 5 not in s)
s.add(10)
s.add(1)
print(s)
s.discard(3)
s.discard(99)
print(s)
s.remove(10)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
e = set()
print(e, len(e), bool(e), bool(s))
print(set([5, 3, 5, 1]), set("banana"), set(range(20)))
print({x % 4 for x in range(12)}, {c for c in "hello"})
words = {"apple", "banana", "cherry", "date", "elderberry", "fig"}
print(words)
print(sorted(words))
fs = frozenset([1, 2, 3])
print(fs, frozenset(), hash(fs) == hash(frozenset([3, 2, 1])))
d = {fs: "x", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
t = s.copy()
t.add(100)
print(s, t)
p = {1, 2, 3, 4}
print(p.pop(), p)
p.clear()
print(p)
u = set()
u.update([1, 2], (3, 4), "ab")
print(u)
big = set()
for i in range(100):
    big.add(i * 7 % 101)
print(len(big), min(big), max(big), sum(big))
for i in range(0, 100, 3):
    big.discard(i * 7 % 101)
print(len(big), list(big)[:10])
k = 2 ** 40
neg = {-1, -2, -3, 0, k, -k, 1.5, 2.0, True}
print(neg)
print({(1, 2), (2, 1), (0, 0)})
print({None, "a"} == {"a", None})
