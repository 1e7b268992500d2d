# True division of ints produces correctly rounded floats, even for big operands.
print(1 / 2, 2 / 1, 9 / 3, 1 / 10, 22 / 7, -22 / 7)
print(10 ** 30 / 10 ** 10, (10 ** 30 + 1) / 10 ** 30, 2 ** 70 / 2 ** 10)
print(1 / 3 + 1 / 3 + 1 / 3, 7 / 100, 5 / 1000000)
print(123456789123456789 / 1000, (2 ** 64 - 1) / 2 ** 64)
t = 0
for d in range(1, 30):
    t += 1 / d
print(t)
x = 10
x /= 4
print(x, x / 0.5)
