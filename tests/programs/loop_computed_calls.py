# Calls whose callee is not a constant global: closures made at run time, functions taken
# from lists, dicts and attributes, bound methods kept in variables, keyword arguments and
# defaults; the callee changes now and then so the guards on it fail and bridges form.
def make_scaler(k):
    def scale(v, offset=0):
        return v * k + offset
    return scale


def make_counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


def apply_many(f, n):
    acc = 0
    for i in range(n):
        acc = f(acc % 1000, offset=i & 7)
    return acc


def double(x):
    return 2 * x


def square(x):
    return x * x


def negate(x):
    return -x


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, x, times=1):
        self.total += x * times
        return self.total


total = 0
for rep in range(6):
    total += apply_many(make_scaler(rep + 1), 300)
    total += apply_many(lambda v, offset=0: v + offset + rep, 300)

ops = [double, square, negate]
table = {"d": double, "s": square, "n": negate}
keys = ["d", "s", "n", "s"]
acc = Acc()
add = acc.add
for i in range(900):
    f = ops[i % 3] if i < 600 else ops[0]
    total += f(i)
    total += table[keys[i % 4]](i & 15)
    add(i, times=2)
    if i % 2:
        total += add(1)
print(total, acc.total)

bump = make_counter()
s = 0
for i in range(500):
    s += bump() + bump(step=i & 3)
print(s)

adders = [make_scaler(k) for k in range(1, 5)]
r = 0
for i in range(800):
    r += adders[i % 4](i) + adders[(i // 200) % 4](1, 2)
print(r)
