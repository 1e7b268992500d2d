from collections import deque, defaultdict, namedtuple, Counter, OrderedDict
import bisect

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), list(d))
d.extend([7, 8])
d.rotate(1)
print(d, 7 in d)
q = deque(maxlen=2)
for i in range(5):
    q.append(i)
print(q)
dd = defaultdict(list)
for word in "the quick brown fox jumps over the lazy dog".split():
    dd[len(word)].append(word)
print(sorted(dd.items()), dd[99], len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts["m"])
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x + p.y, p[0], tuple(p), p == Point(1, 2))
x, y = p
print(x, y, p._replace(x=5), Point._fields)
Card = namedtuple("Card", "rank suit")
print(Card("A", "spades"), sorted([Card(2, "h"), Card(1, "s")]))
c = Counter("abracadabra")
print(c.most_common(2), c["a"], c["z"])
a = [1, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4))
bisect.insort(a, 4)
bisect.insort_left(a, 0)
print(a, OrderedDict([(1, 2)])[1])
