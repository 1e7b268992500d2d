from itertools import count, islice, chain, permutations, combinations, product, repeat, cycle, accumulate
import itertools
import functools
import operator
from functools import reduce

print(list(islice(count(5), 4)), list(islice(count(0, 3), 2, 8, 2)))
print(list(chain([1, 2], "ab", range(2))), list(chain.from_iterable([[1], [2, 3]])))
print(list(permutations("abc")), len(list(permutations(range(5), 3))))
print(list(combinations([1, 2, 3, 4], 2)), list(combinations("ab", 3)))
print(list(product("ab", [0, 1])), len(list(product(range(3), repeat=3))))
print(list(repeat("x", 3)), list(islice(cycle([1, 2]), 5)), list(accumulate([1, 2, 3, 4])))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")))
print(reduce(operator.add, range(10)), reduce(lambda a, b: a * b, [1, 2, 3, 4], 10))
print(functools.reduce(operator.mul, [2, 3]), operator.neg(4), operator.itemgetter(1)("xyz"))
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=operator.itemgetter(1)))
print(operator.itemgetter(0, 2)([5, 6, 7]))


class P:
    def __init__(self, n):
        self.n = n


print([p.n for p in sorted([P(3), P(1), P(2)], key=operator.attrgetter("n"))])
double = functools.partial(operator.mul, 2)
print(double(21), list(map(double, [1, 2])))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
