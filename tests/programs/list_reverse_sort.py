# reverse() in place, sort() of ints, floats, strings, tuples, lists.
a = [5, 2, 8, 1, 9, 3]
a.reverse()
print(a)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
f = [2.5, -1.0, 3.25, 0.0, -7.5]
f.sort()
print(f)
s = ["pear", "Apple", "banana", "apple", "Cherry"]
s.sort()
print(s)
t = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
t.sort()
print(t)
l = [[3, 1], [1, 2, 3], [1, 2], []]
l.sort()
print(l)
print(sorted([3, 1, 2]), sorted("cba"), sorted((9, 8)), sorted([]))
r = [1, 2, 3]
print(r.sort(), r.reverse(), r)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
