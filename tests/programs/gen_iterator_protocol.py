class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __iter__(self):
        for it in self.items:
            yield it

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        print("contains", x)
        return x in self.items


print(list(Countdown(3)))
for v in Countdown(2):
    print("v", v)
b = Bag([3, 1, 2])
print(sorted(b), sum(b), len(b), 2 in b, 5 in b)
print([x * 2 for x in b])
it = iter(b)
print(next(it), next(it), next(it), next(it, "end"))
c = Countdown(3)
print(next(c), list(c))
a, b2, c2 = Countdown(3)
print(a, b2, c2)
print(max(Countdown(5)), min(Countdown(5)), list(zip(Countdown(3), Bag("xyz"))))
print(dict.fromkeys(Countdown(2)) if hasattr(dict, "fromkeys") else {2: None, 1: None})


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()


tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(tree.walk()))
