# range with one, two and three arguments; len, indexing, iteration, membership, repr.
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(5, 5)))
print(list(range(-3, 3)), list(range(3, -3, -1)), list(range(0)), list(range(-5)), list(range(1, 10, 100)))
r = range(3, 20, 4)
print(r, len(r), r[0], r[1], r[-1], r[-2], 7 in r, 8 in r, 19 in r, 20 in r)
print(range(5), range(1, 5), range(1, 5, 2), range(0, -5, -1))
print(len(range(0, 100, 7)), len(range(100, 0, -7)), len(range(10, 0)), len(range(0, 10 ** 9)))
print(sum(range(101)), max(range(10)), min(range(3, 9)), sorted(range(3), reverse=True))
print(r[1:3], list(r[::-1]), list(range(10)[2:8:2]))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    print(range(3)[3])
except IndexError as e:
    print("IndexError:", e)
