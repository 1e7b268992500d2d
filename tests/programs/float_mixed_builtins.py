# abs, min, max, sum, pow, divmod with floats and ints mixed.
print(abs(-2.5), abs(2.5), abs(-0.0), abs(-7), abs(float("-inf")))
print(min(3, 2.5), max(3, 2.5), min(1, 1.0), max(1.0, 1), min(-0.0, 0.0), max(0.0, -0.0))
print(sum([0.5, 1, 2.25]), sum([1, 2, 3], 0.5), sum([]), sum([1.5]))
print(pow(2.0, 3), pow(2, 0.5), pow(-2.0, 2), pow(4, -1))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1, 0.3))
print(int(abs(-3.7)), float(abs(-3)))
