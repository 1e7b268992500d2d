class OrderedCollection(list):
    pass

class Stack(list):
    def __init__(self, name):
        super().__init__()
        self.name = name
    def push(self, x):
        self.append(x)
    def __repr__(self):
        return "Stack(%s, %s)" % (self.name, list.__repr__(self))

oc = OrderedCollection()
oc.append(3); oc.append(1); oc.append(2)
print(oc, len(oc), oc[0], oc[-1], oc[1:], isinstance(oc, list), type(oc).__name__)
for x in oc: print(x, end=" ")
print()
oc.sort(); print(oc, 2 in oc, 5 in oc, oc == [1, 2, 3], bool(oc), bool(OrderedCollection()))
oc[0] = 10; del oc[1]; print(oc, oc.pop(), oc, list(oc), sorted(oc + [7]))
oc += [4, 5]; print(oc, type(oc).__name__, oc.index(5), oc.count(4))
s = Stack("s"); s.push(1); s.push(2); print(s, s.name, len(s), str(s))
o2 = OrderedCollection([5, 6]); print(o2, o2 * 2, [x * 2 for x in o2], sum(o2), max(o2))
o2.extend(range(3)); o2.insert(0, -1); o2.remove(6); o2.reverse(); print(o2)

class Counter(dict):
    def __missing__(self, k):
        return 0
    def add(self, k):
        self[k] = self[k] + 1

c = Counter(); c.add('a'); c.add('b'); c.add('a')
print(c, c['z'], len(c), 'a' in c, list(c), sorted(c.items()), c.get('q', 9), isinstance(c, dict))
class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = 1
d = D({'x': 1}, y=2); print(d, d.extra, dict(d), {**d, 'z': 3}, d == {'x': 1, 'y': 2})
for k in d: print(k, d[k])
d.update(z=5); print(d.keys(), d.values(), d.pop('z'), d.setdefault('w', 0), d)
try:
    print(d['nope'])
except KeyError as e:
    print("KeyError", e)
