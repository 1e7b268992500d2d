# len, abs, min and max over every kind of argument.
print(len(""), len("abc"), len([1, 2]), len(()), len((1,)), len({}), len({1: 2, 3: 4}), len(range(7)), len(range(2, 20, 3)))
print(abs(-5), abs(5), abs(0), abs(-10 ** 20), abs(-2.5), abs(True), abs(False))
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max((5, 4)), min("hello"), max("hello"), min(range(4, 9)))
print(max([1, 2], [1, 3]), min(["b", "a"]), max(1, 2.5), min(2, 2.0), max(2.0, 2))
print(max([3, -7, 5], key=abs), min(["aaa", "b", "cc"], key=len), max({"a": 3, "b": 1}), max([], default="empty"))
print(min(-0.0, 0.0), max(-1, -1.0), max(True, 1), max("B", "a"))
