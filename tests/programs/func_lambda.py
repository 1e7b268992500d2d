# lambda expressions: as values, arguments, defaults, and immediately called.
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: "no args")())
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in ops:
    print(sym, ops[sym](6, 3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
nested = lambda x: (lambda y: x + y)
print(nested(3)(4))
print((lambda x, y: x if x > y else y)(3, 9))
