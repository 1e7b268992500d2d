# List literals, indexing, len, mutation through indexes.
a = [10, 20, 30, 40, 50]
print(a, len(a), a[0], a[4], a[-1], a[-5])
a[0] = 11
a[-1] = 55
print(a)
b = []
print(b, len(b), [[]], [1, "two", 3.0, None, [5]])
mixed = [1, 2.5, "s", True, None, (1,), [2]]
for x in mixed:
    print(x)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
m = [[0] * 3 for i in range(3)]
m[1][1] = 5
print(m)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
