# + * += in, not in, on lists; += extends in place, + makes a new list.
a = [1, 2]
b = a
a = a + [3]
print(a, b)
c = b
b += [9, 10]
print(b, c, b is c)
print([0] * 5, [1, 2] * 3, 2 * ["x"], [] * 10, [1] * 0, [5] * -1)
print(3 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2], [1] in [[1], 2], "a" in ["abc"])
c += "de"
print(c)
c *= 2
print(c)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
