# bool behaves as the ints 1 and 0 in arithmetic.
print(True + True, True * 10, False - 1, True / 2, True // 1, True % 2, True ** 5)
print(True & False, True | False, True ^ True, True << 3, ~True, -False)
print(sum([True, True, False, True]), True == 1, False == 0, True is True)
print(True > False, max(True, 0), min(False, 1), abs(True))
d = {}
d[1] = "one"
d[True] = "true"
d[0] = "zero"
d[False] = "false"
print(d, len(d))
print([True, False, None], (True,), str(True), repr(False))
print(int(True) + 1, float(False), hex(True))
print(isinstance(True, int), isinstance(1, bool))
