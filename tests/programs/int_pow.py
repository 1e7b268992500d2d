# ** on ints: non-negative exponents stay int, negative ones give float.
print(2 ** 0, 2 ** 1, 2 ** 10, 2 ** 62, 2 ** 63, 2 ** 64)
print((-2) ** 3, (-2) ** 4, -2 ** 4, 0 ** 0, 0 ** 5, 1 ** 1000)
print(10 ** 20, 7 ** 30, (-3) ** 41)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3, 4 ** -0.5)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(pow(3, 4), pow(2, -2), pow(3, 200, 1000), pow(7, 0, 13), pow(-3, 3, 7))
x = 3
x **= 5
print(x)
print(9 ** 0.5, 2 ** 0.5, 27 ** (1 / 3))
