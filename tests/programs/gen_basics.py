def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(limit):
    for x in count_up(limit):
        if x % 2 == 0:
            yield x
    return "done"

def delegate():
    r = yield from evens(7)
    print("sub returned", r)
    yield from [100, 200]
    yield from range(3)

print(list(count_up(5)))
print(list(evens(10)))
print(list(delegate()))
g = count_up(3)
print(next(g), next(g), next(g))
print(next(g, "exhausted"))
try:
    next(g)
except StopIteration:
    print("StopIteration")

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)

def with_try():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

for v in with_try():
    print("got", v)

def gen_state():
    total = 0
    for i in range(5):
        total += i
        yield total

print(sum(gen_state()), max(gen_state()), sorted(gen_state(), reverse=True))

def pairs(xs):
    for i, x in enumerate(xs):
        for y in xs[i + 1:]:
            yield x, y

print(list(pairs([1, 2, 3, 4])))
print(dict(pairs("ab")))

def nested():
    def inner(k):
        yield k
        yield k * 10
    for k in range(3):
        yield from inner(k)

print(list(nested()))
print(type(count_up(1)).__name__)
gen = (x * x for x in range(4))
print(list(gen), list(gen))

def empty():
    return
    yield

print(list(empty()))

def perms(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + rest

print(list(perms([1, 2, 3])))
print(len(list(perms(list(range(6))))))
