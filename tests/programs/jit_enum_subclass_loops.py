# hot loops over enums (Color(v), Color[name], len, in), a list subclass and ** displays: traced or aborted, never mis-traced
from enum import Enum
class C(Enum):
    A = 1
    B = 2
    Z = 3
def f(n):
    counts = {}
    for i in range(n):
        c = C(i % 3 + 1)
        k = C['A'] if c is C.A else c
        counts[k] = counts.get(k, 0) + 1
        if c == C.Z and len(C) == 3 and c in C:
            counts[C.Z] += 0
    return counts
print(f(3000), [m.name for m in C])
class OC(list):
    def add(self, x):
        self.append(x)
def g(n):
    o = OC()
    for i in range(n):
        o.add(i)
        o += [i]
        if len(o) > 6:
            del o[0]
            o.pop()
    return o, type(o).__name__
print(g(3000))
def h(n):
    t = 0
    for i in range(n):
        d = {**{'a': i}, 'b': 1}
        t += d['a'] + d['b']
    return t
print(h(3000))
