class A:
    def m(self, x):
        return x
    @staticmethod
    def s(a, *, k):
        return a
    class Inner:
        def deep(self):
            return 1
def outer():
    def inner(a):
        return a
    return inner
tests = [
    lambda: A().m(),
    lambda: A().m(1, 2),
    lambda: A().m(1, z=3),
    lambda: A().m(1, x=3),
    lambda: A.s(1),
    lambda: A.Inner().deep(5),
    lambda: outer()(),
    lambda: (lambda q: q)(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
A().m()
