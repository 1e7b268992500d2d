# __len__ and __getitem__: len(), indexing, truthiness, and iteration via __getitem__.
class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if i < 0 or i >= self.n:
            raise IndexError("Squares index out of range")
        return i * i

s = Squares(6)
print(len(s), s[0], s[5], s[-1], bool(s), bool(Squares(0)))
for v in s:
    print(v, end=" ")
print()
print(list(s), 16 in s, 17 in s)
try:
    s[6]
except IndexError as e:
    print("IndexError:", e)
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        return self.cells.get(key, ".")
g = Grid()
g.cells[(1, 1)] = "#"
print("".join([g[(r, c)] for r in range(3) for c in range(3)]))
