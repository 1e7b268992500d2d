# int float str repr bool list tuple dict as conversion functions.
print(int(), int("  -12  "), int(9.99), float(), float("3"), str(), str(123), str([1, "a"]), repr("x"))
print(bool(0), bool(" "), list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}))
print(tuple(), tuple([1, 2]), tuple("xy"), dict(), dict([(1, "a"), (2, "b")]), dict(a=1, b=2))
print(dict({"x": 1}, y=2), dict(zip("abc", range(3))), list(dict(a=1).items()))
original = [1, 2]
copy = list(original)
copy.append(3)
print(original, copy, tuple(copy), str(tuple(copy)), list(str(42)))
print(str(1.0), str(-0.0), str(1e16), repr(1e-05), str(True), str(None))
