# insert at every position (clamped), extend with any iterable.
a = [1, 2, 3]
a.insert(0, "first")
a.insert(2, "mid")
a.insert(len(a), "last")
a.insert(100, "way past")
a.insert(-1, "before last")
a.insert(-100, "way before")
print(a)
b = [0]
b.extend([1, 2])
b.extend((3, 4))
b.extend("ab")
b.extend(range(5, 8))
b.extend([])
b.extend({"k1": 1, "k2": 2})
print(b, len(b))
b.extend(b)
print(len(b))
