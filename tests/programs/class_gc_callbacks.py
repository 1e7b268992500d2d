# Every place where the VM's Java code calls back into Python code, each callback
# allocating (so that under --gc-stress the objects the VM holds move during the call).


def churn(n):
    junk = []
    for i in range(n):
        junk.append([i, str(i), float(i)])
    return len(junk)


class Num:
    def __init__(self, v, tag="n"):
        churn(3)
        self.v = v
        self.tag = tag + str(v)

    def __eq__(self, other):
        churn(2)
        if isinstance(other, Num):
            return self.v == other.v
        return NotImplemented

    def __lt__(self, other):
        churn(2)
        if isinstance(other, Num):
            return self.v < other.v
        return NotImplemented

    def __repr__(self):
        churn(2)
        return "Num(" + str(self.v) + ")"


class Other:
    """Knows Num, Num does not know Other: comparisons go through the reflected method."""

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        churn(2)
        return ["eq", self.v, other.v][1] == other.v

    def __lt__(self, other):
        churn(2)
        return self.v < other.v

    def __gt__(self, other):
        churn(2)
        return self.v > other.v

    def __str__(self):
        churn(2)
        return "Other<" + str(self.v) + ">"


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        churn(2)
        return self.n

    def __getitem__(self, i):
        churn(2)
        if i >= self.n:
            raise IndexError("Seq index out of range")
        return Num(i * i)


# Reflected equality and ordering.
print(Num(3) == Other(3), Num(3) == Other(4), Other(5) == Num(5))
print(Num(3) != Other(3), [Num(1), Num(2)] == [Num(1), Other(2)])
print(Num(2) < Other(3), Num(4) > Other(3), Other(1) < Num(2))
print((Num(1), Num(2)) < (Num(1), Other(3)), [Num(1), Num(5)] < [Num(1), Num(4)])
print({"a": Num(1), "b": [Num(2)]} == {"a": Num(1), "b": [Other(2)]})

# Containment and searching with __eq__.
items = [Num(i) for i in range(8)]
print(Num(5) in items, Other(6) in items, Num(99) in items)
print(items.index(Num(6)), items.count(Num(2)), (Num(1), Num(2)).index(Num(2)))
frozen = tuple([Num(i % 4) for i in range(9)])
print(frozen.index(Num(3)), frozen.count(Num(1)), frozen.count(Other(2)), (Num(0),) + frozen[1:3] == (Num(0), Num(1), Other(2)))
items.remove(Num(3))
print(items)

# Sorting and min/max with __lt__ and with key functions.
shuffled = [Num(v) for v in [5, 3, 9, 1, 7, 2, 8]]
print(sorted(shuffled), min(shuffled), max(shuffled))
shuffled.sort(reverse=True)
print(shuffled)
print(sorted(shuffled, key=lambda x: [x.v % 3, str(x.v)]))
print(min(shuffled, key=lambda x: (x.v - 4) * (x.v - 4)), max(shuffled, key=lambda x: Num(-x.v)))
words = ["pear", "fig", "banana", "kiwi", "apple"]
words.sort(key=lambda w: (len(w), w.upper()))
print(words)

# __len__ and __getitem__ as the sequence protocol.
s = Seq(6)
print(len(s), bool(s), bool(Seq(0)), s[4])
print(list(s), tuple(s))
print([x.v for x in s], sum([x.v for x in s]))
for i, x in enumerate(s):
    print(i, x, end="; ")
print()
for x, y in zip(s, Seq(3)):
    print(x, y, end="; ")
print()
a, b, c = Seq(3)
print(a, b, c, Num(4) in s, Num(5) in s)
acc = [0]
acc.extend(s)
acc += Seq(2)
print(acc)
print(sorted(Seq(5), reverse=True), max(Seq(4)))

# __str__ and __repr__ from every formatting path.
o = Other(7)
print(o, str(o), repr(Num(8)), [Num(1), Other(2).v], (Num(3),), {"k": Num(4)})
print(f"{o} and {Num(9)!r} and {o!s:>12}|", "%s/%r" % (o, Num(10)), "{} {}".format(o, Num(11)))
print(", ".join([str(Other(i)) for i in range(4)]), str([Num(1), [Num(2), (Num(3),)]]))
print(o, o, o, Num(1), sep=" | ", end=" <\n")
width = 3 * 4
print(f"[{o!s:>{width}}] [{Num(12)!r:<{width + 1}}] [{o!s:^{width}}]")
nested = [Num(1)]
nested.append(nested)
nested.append({"me": nested, "n": Num(2)})
table = {"row": Num(3)}
table["table"] = table
print(nested, table, (Num(4), nested))

# __init__ with keyword arguments and defaults, objects built in bulk.
made = [Num(i, tag="t") for i in range(20)] + [Num(i) for i in range(5)]
print(len(made), made[3].tag, made[-1].tag, sum([m.v for m in made]))


# Exceptions raised from inside callbacks, caught outside.
class Bad:
    def __eq__(self, other):
        churn(2)
        raise ValueError("no eq " + str(churn(1)))

    def __len__(self):
        raise RuntimeError("no len")


try:
    print([Num(1), Bad()].index(Num(5)))
except ValueError as e:
    print("caught", e)
try:
    len(Bad())
except RuntimeError as e:
    print("caught", e)
print("done", churn(50))
