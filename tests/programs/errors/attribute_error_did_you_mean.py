import math
class A:
    cls_attr = 1
    def __init__(self):
        self.value = 2
        self.count = 0
    def method(self):
        return 1
class B(A):
    pass
tests = [
    lambda: A().valeu, lambda: A().cont, lambda: B().methd, lambda: A.cls_atr, lambda: math.sqr, lambda: math.pii,
    lambda: [].apend, lambda: "".uper, lambda: {}.iterms, lambda: (1).bit_lenght, lambda: A().xyz, lambda: A().__init,
    lambda: A().Value, lambda: B.metho,
]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print(e)
A().valu
