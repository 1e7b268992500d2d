# Dict comprehensions with conditions, from zip, inverted maps.
squares = {x: x * x for x in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
names = ["ann", "bob", "cid"]
ages = [31, 25, 40]
print({n: a for n, a in zip(names, ages)})
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
print({c: "abcabc".count(c) for c in "abc"})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({w[0]: w for w in ["apple", "avocado", "banana"]})
