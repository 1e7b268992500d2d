# enumerate with and without start, zip of two and three iterables of unequal length.
print(list(enumerate("abc")), list(enumerate(["x", "y"], 10)), list(enumerate([])), list(enumerate("ab", start=-1)))
for i, (a, b) in enumerate(zip([1, 2, 3], [4, 5, 6])):
    print(i, a, b, a * b)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), list(zip(range(3), range(10, 13), "xyz")))
names = ["ann", "bob"]
ages = [30, 40, 50]
print(dict(zip(names, ages)), list(zip([1, 3], [2, 4])))
pairs = list(zip("abc", [1, 2, 3]))
keys = [p[0] for p in pairs]
vals = [p[1] for p in pairs]
print(keys, vals)
