# round() with and without ndigits: banker's rounding on exact halves.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 1.005, 0.125, 0.375, 12.5, 1e20, -7.7]:
    print(v, round(v), round(v, 1), round(v, 2))
print(round(1234.5678, -2), round(1250.0, -2), round(1350, -2), round(-1250, -2))
print(round(7), round(7, 2), round(7, -1), round(15, -1), round(25, -1))
print(round(3.14159, 3), round(2.0 / 3, 5), round(1e-7, 8))
print(round(0.1 + 0.2, 10))
