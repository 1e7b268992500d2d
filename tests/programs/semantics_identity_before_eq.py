n = float('nan')
print(n in [n], [n] == [n], [n].count(n), (n,) == (n,), n in (n,), {n: 1}.get(n), [n].index(n))
print(n in {n}, [[n]] == [[n]])
class E:
    def __eq__(self, o):
        return "yes"
e = E()
print(e == 1, E() == E())
class F:
    def __eq__(self, o):
        raise ValueError("no")
f = F()
print(f in [f], [f] == [f], [f].count(f))
l = [1, 2, 3]
try:
    l.sort(key=lambda x: l.append(x) or x)
except ValueError as ex:
    print("ValueError", ex)
print(len(l))
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
        d[k + 10] = 0
except RuntimeError as ex:
    print("RuntimeError", ex)
d = {1: 1}
try:
    for k in d:
        d[5] = 1
except RuntimeError as ex:
    print("RuntimeError", ex)
# the same in a hot loop (traced)
hits = 0
for i in range(300):
    m = float('nan') if i % 3 else n
    xs = [m, 1.5]
    hits += (m in xs) + xs.count(m) + ([m] == [m]) + (E() == 2 == "yes")
print(hits)
