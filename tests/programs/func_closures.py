# Closures capture variables, not values; each call makes a fresh cell.
def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(1))
def make_multipliers():
    fs = []
    for i in range(4):
        fs.append(lambda x: x * i)
    return fs
print([f(10) for f in make_multipliers()])
def make_multipliers_fixed():
    fs = []
    for i in range(4):
        fs.append(lambda x, i=i: x * i)
    return fs
print([f(10) for f in make_multipliers_fixed()])
def outer():
    v = "before"
    def show():
        return v
    v = "after"
    return show
print(outer()())
def compose(f, g):
    return lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
def deep():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()
print(deep()())
