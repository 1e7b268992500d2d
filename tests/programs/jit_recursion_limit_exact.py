def f(n):
    return 0 if n == 0 else 1 + f(n - 1)

def g(n):
    if n == 0:
        return 0
    return g(n - 1) + 1

for _ in range(100):
    f(50)
    g(30)

def probe(fn):
    best = 0
    for n in range(900, 1000):
        try:
            fn(n)
            best = n
        except RecursionError:
            pass
    return best

def nested(depth, fn):
    # the probe from deeper down the stack
    if depth == 0:
        return probe(fn)
    return nested(depth - 1, fn)

print(probe(f), probe(g))
for d in range(0, 40, 7):
    print(d, nested(d, f), nested(d, g))
print(f(3000) if False else "ok")
try:
    print(f(3000))
except RecursionError as e:
    print("RecursionError", e)
