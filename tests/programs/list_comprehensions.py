# List comprehensions with if filters, nested loops and nested comprehensions.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(4)] for x in range(3)])
print([c.upper() for c in "hello" if c != "l"])
print([len(w) for w in "the quick brown fox".split()])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n % 2 == 0])
x = "outer"
print([x for x in range(3)], x)
print([i if i % 2 else -i for i in range(6)])
print([(k, v) for k, v in {"a": 1, "b": 2}.items()])
