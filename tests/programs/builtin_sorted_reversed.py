# sorted on every iterable, with key and reverse; reversed on lists, tuples, strings, ranges.
print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted("cab"), sorted({"b": 1, "a": 2}), sorted(range(5, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(["Bb", "aa", "C"], key=lambda s: s.lower()), sorted([], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(4))), list(reversed([])))
x = [5, 3, 1]
y = sorted(x)
print(x, y, x is y)
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda p: p[0], reverse=True))
print(sorted([2.5, 1, True, -3, 0.5]))
