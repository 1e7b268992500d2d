# list/dict subclasses: equality with plain lists, unhashable, results of + * [:] copy are plain, super().__repr__
class OC(list):
    pass
class D(dict):
    pass
a = OC([1]); b = OC([1])
print(a == b, a is b, a != b, a < OC([2]), a == [1], [1] == a)
for x in (a, D(k=1)):
    try:
        print(hash(x))
    except TypeError as e:
        print("TypeError:", e)
print(repr(OC()), repr(D()), str(OC([1, 2])), OC([3, 1, 2]).__len__(), sorted(OC([3, 1, 2])))
print(type(a + b).__name__, type(a * 2).__name__, type(a[:]).__name__, type(D(x=1).copy()).__name__)
class P(OC):
    def __init__(self, *args):
        super().__init__(args)
    def __repr__(self):
        return "P" + super().__repr__()
print(P(1, 2, 3), len(P(1, 2)), P(5)[0], list(reversed(P(1, 2, 3))))
