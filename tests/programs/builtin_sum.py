# sum over lists, ranges, floats, with a start value.
print(sum([1, 2, 3]), sum(range(101)), sum([]), sum([], 10), sum([1, 2], 100), sum((0.1, 0.2, 0.3)))
print(sum([10 ** 20, 10 ** 20]), sum([True, True, 3]), sum([1.5, 2, 3]), sum([[1], [2, 3]], []))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum(range(-5, 6)))
print(sum([x * x for x in range(10)]), sum({1: "a", 2: "b"}))
