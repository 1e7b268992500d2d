# for over every iterable in the subset: list, tuple, str, dict, range, enumerate, zip, reversed, sorted.
for x in [1, 2]:
    print("list", x)
for x in (3, 4):
    print("tuple", x)
for c in "ab":
    print("str", c)
for k in {"k1": 1, "k2": 2}:
    print("dict", k)
for k, v in {"a": 1}.items():
    print("items", k, v)
for v in {"a": 1, "b": 2}.values():
    print("values", v)
for i in range(2):
    print("range", i)
for i, c in enumerate("xy", 1):
    print("enumerate", i, c)
for a, b in zip([1, 2, 3], "pq"):
    print("zip", a, b)
for x in reversed([1, 2, 3]):
    print("reversed", x)
for x in sorted({"b": 0, "a": 0}):
    print("sorted", x)
for x in []:
    print("never")
last = None
for last in range(5):
    pass
print("loop variable after loop:", last)
