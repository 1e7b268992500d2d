# Floats printed in scientific notation and at the boundaries around it.
v = 1.0
for i in range(25):
    print(v, -v, v / 7)
    v *= 10
v = 1.0
for i in range(12):
    v /= 10
    print(v, 3 * v)
print(1e-05, 0.0001, 1.5e-05, 9.99e-05, 1e+16, 9999999999999998.0, 1e16 - 2)
print(2.0 ** 60, 2.0 ** -30, 6.02214076e23, 1.602176634e-19)
