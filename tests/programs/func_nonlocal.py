# nonlocal rebinds a variable of an enclosing function.
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = counter()
c2 = counter()
print(c1(), c1(), c1(10), c2(), c1())
def accumulate():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total, len(items)
    return add
acc = accumulate()
for v in [5, 10, 20]:
    print(acc(v))
def two_levels():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x *= 7
        inner()
        inner()
    middle()
    return x
print(two_levels())
