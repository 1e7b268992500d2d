# Comprehensions see enclosing function variables and have their own loop variables.
def scaled(xs, k):
    return [x * k for x in xs if x > k]
print(scaled([1, 5, 10, 2], 3))
def table(n):
    return {i: [i * j for j in range(n)] for i in range(n)}
print(table(3))
i = "outer i"
squares = [i * i for i in range(4)]
print(i, squares)
def closure_in_comp():
    base = 100
    return [(lambda b=b: b + base)() for b in range(3)]
print(closure_in_comp())
words = ["hi", "there", "you"]
print({w: len(w) for w in words if "e" in w}, [[c for c in w] for w in words[:2]])
