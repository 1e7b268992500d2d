# remove, index (with start/stop), count, and their errors.
a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(a.count(5), a.count(1), a.count(7), a.index(5), a.index(5, 5), a.index(1, 2, 4))
a.remove(1)
print(a)
a.remove(5)
print(a)
try:
    a.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    a.index(42)
except ValueError as e:
    print("ValueError:", e)
print([1, 1.0, True].count(1), ["a", "b"].index("b"), [[1], [2]].index([2]), [None, 0].count(None))
