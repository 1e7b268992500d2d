# Functions as values: stored in lists and dicts, passed and returned, compared.
def double(x):
    return 2 * x
def square(x):
    return x * x
def apply_all(fs, v):
    return [f(v) for f in fs]
print(apply_all([double, square, abs], -3))
table = {"d": double, "s": square}
print(table["d"](table["s"](3)))
f = double
print(f is double, f(21))
def pipeline(value, steps):
    for s in steps:
        value = s(value)
    return value
print(pipeline(3, [double, square, double]))
def make_counter_pair():
    n = [0]
    def inc():
        n[0] += 1
        return n[0]
    def get():
        return n[0]
    return inc, get
inc, get = make_counter_pair()
inc(); inc()
print(get())
print(repr(double).startswith("<function double at"))
