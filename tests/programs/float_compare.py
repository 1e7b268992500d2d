# Float comparisons, with ints too, and sorting floats.
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, 0.5 == 1 / 2, 1.0 == 1, 2.0 != 2)
print(1.0 < 1.0000000000000002, 1e308 < float("inf"), -1e308 > -float("inf"))
print(10 ** 20 < 1e20 + 1e5, 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > 2.0 ** 53)
vals = [3.5, -1.25, 2, 0.0, -0.0, 1e-9, 7, -3]
print(sorted(vals), max(vals), min(vals))
print(1 < 1.5 < 2 < 2.5, 3.0 == 3 == 3.0)
