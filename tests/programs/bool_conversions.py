# bool() of every kind of value (truthiness).
vals = [0, 1, -1, 0.0, -0.0, 0.5, float("nan"), "", " ", "0", [], [0], (), (None,), {}, {0: 0},
        None, True, False, range(0), range(3), 10 ** 30]
for v in vals:
    print(repr(v), bool(v))
print(bool(), bool(bool))
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
print(bool(Empty()), bool(Full()))
if Empty():
    print("wrong")
else:
    print("empty object is falsy")
