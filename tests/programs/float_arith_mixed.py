# Mixed int/float arithmetic promotes to float; / is always true division.
print(1 + 2.0, 3 - 0.5, 4 * 0.25, 2.0 * 3, 7 / 2, 8 / 2, 1 / 3)
print(10 ** 20 + 0.5, 2 ** 53 + 1.0, 0.1 * 3, 0.1 * 10, 3 * 1.1)
print(True + 0.5, False * 2.5, 1.5 + True)
print(-7 / 2, 7 / -2, -7.0 / 2, 0 / 5, -0 / 5, 0 / -5.0)
print(1.5 ** 2, 2 ** 0.5, 2.0 ** -1, (-8.0) ** 3, 10.0 ** 20, 10.0 ** -5)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, abs(x - 1.0) < 1e-9)
print(1e16 + 1, 1e16 + 2, 0.1 + 0.7, 1.1 + 2.2, 3.3 - 1.1)
print(123456789 * 1.0, 1 / 7 * 7, 100 * 1.1)
print(2 ** 0.5 * 2 ** 0.5, 1.0 - 0.9)
