# Functions with loops of their own called from hot loops: compiled code calls their compiled
# traces directly (no trip through the interpreter). Finishes, exits into the interpreter,
# exceptions raised inside the callee, default arguments, recursion, a method.


def norm(xs):
    s = 0
    for x in xs:
        s += x * x
    return s


def scaled(xs, k=2):
    t = 0
    for x in xs:
        t += x * k
    return t


def rare(xs, i):
    s = 0
    for x in xs:
        s += x
    if i % 97 == 96:
        s = -s
    return s


def divide(xs, d):
    s = 0
    for x in xs:
        s += x // d
    return s


def depth(n):
    s = 0
    for i in range(2):
        s += i
    if n == 0:
        return s
    return depth(n - 1) + 1


class Poly:
    def __init__(self, coeffs):
        self.coeffs = coeffs

    def at(self, x):
        r = 0.0
        for c in self.coeffs:
            r = r * x + c
        return r


def main():
    xs = [1, 2, 3, 4]
    p = Poly([0.5, -1.0, 2.0])
    total = 0
    acc = 0.0
    caught = 0
    for i in range(1500):
        total += norm(xs) + scaled(xs) + scaled(xs, 3) + rare(xs, i)
        acc += p.at(i * 0.001)
        try:
            total += divide(xs, 0 if i % 500 == 499 else 1)
        except ZeroDivisionError:
            caught += 1
        if i % 100 == 0:
            total += depth(30)
    print(total, round(acc, 6), caught)


main()
