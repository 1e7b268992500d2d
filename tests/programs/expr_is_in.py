# is, is not, in, not in across containers and values.
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a is not c, a == c, None is None, True is not False)
print(2 in a, 4 in a, 4 not in a, "b" in "abc", "bc" in "abc", "ac" in "abc", 1 in (1, 2), "k" in {"k": 0})
print(0 in {0.0: "x"}, 1.0 in [1], [1] in [[1]], (1, 2) in [(1, 2)], None in [None], "" in "")
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), -1 in range(5), 10 ** 20 in range(10 ** 21))
print(not 1 in [1], not (1 in [1]))
