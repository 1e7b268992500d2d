# round, divmod and pow with ints and floats.
print(round(2.5), round(3.5), round(-2.5), round(2.567, 2), round(2.5, 0), round(12345, -2), round(-0.5))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17.5, 5), divmod(10 ** 20, 7))
print(pow(2, 10), pow(2, -1), pow(2.5, 2), pow(10, 20), pow(2, 10, 1000), pow(3, 1000, 7), pow(-2, 3))
print(pow(0, 0), pow(0.0, 0), pow(8, 1 / 3))
print(round(1e15 + 0.5), round(0.1 + 0.2, 1), round(-1.25, 1))
