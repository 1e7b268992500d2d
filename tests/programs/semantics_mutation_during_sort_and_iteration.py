l = [3, 1, 2]
def bad(x):
    if x == 2:
        raise KeyError(x)
    return x
try:
    l.sort(key=bad)
except KeyError as e:
    print("KeyError", e, l)
l = [3, 1, 2]
def peek(x):
    print("inside", len(l), l)
    return -x
l.sort(key=peek)
print(l)
l = [5, 4]
def sneaky(x):
    l.append(1)
    l.pop()
    return x
try:
    l.sort(key=sneaky)
except ValueError as e:
    print("ValueError", e, l)
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        objs.append(0)
        return self.v < o.v
    def __repr__(self):
        return "C%d" % self.v
objs = [C(2), C(1), C(3)]
try:
    objs.sort()
except ValueError as e:
    print("ValueError", e, objs)
print(sorted([C(2), C(1)]))
d = {i: i for i in range(5)}
n = 0
try:
    for k, v in d.items():
        n += 1
        if k == 2:
            del d[0]
            d[10] = 1
except RuntimeError as e:
    print("RuntimeError", e, n)
d = {1: 1}
for k in d:
    d[k] = 2
print(d)
for i in range(300):
    dd = {1: 1, 2: 2, 3: 3}
    try:
        for k in dd.keys():
            if k == 3 and i % 2:
                del dd[1]
                dd[9] = 9
    except RuntimeError as e:
        if i % 50 == 1: print(i, e)
