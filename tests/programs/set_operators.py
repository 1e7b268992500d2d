a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [10]), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a, a == {5, 4, 3, 2, 1}, a != b)
print({1, 2}.issubset([1, 2, 3]), a.issuperset({1, 2}), a.isdisjoint({9}))
c = set(a)
c |= {8}
c &= {1, 2, 8, 9}
print(c)
c -= {1}
c ^= {2, 3}
print(c)
f = frozenset("abc")
print(f | {"d"}, type(f | {"d"}).__name__, type({"d"} | f).__name__)
print(f & set("bcx"), f - {"a"})
names = {"alice", "bob", "carol"}
others = {"bob", "dave", "erin", "carol"}
print(names & others, names | others, names - others, names ^ others)
big = set(range(0, 100, 2))
small = {4, 7, 10}
print(big & small, small & big, big - small, sorted(big - small)[:5], small - big)
print(sorted(big ^ set(range(0, 20))))
print(set(range(50)) - set(range(10, 45)))
print(len(set(range(1000)) & set(range(500, 1500))))
x = {1, 2}
x.intersection_update({2, 3})
print(x)
x.difference_update({2})
print(x)
x.symmetric_difference_update({5, 6})
print(x)
print(set([1, 2]) == frozenset([2, 1]))
