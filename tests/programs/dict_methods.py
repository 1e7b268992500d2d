# get, keys, values, items, pop, setdefault.
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("b", 99))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.pop("b"), d, d.pop("zz", "default"), d.pop("a", None))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
print(d.setdefault("c", 50), d.setdefault("n", []), d)
d.setdefault("n", []).append(1)
d.setdefault("n", []).append(2)
print(d)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
print(len(d.keys()), "c" in d.keys(), 3 in d.values(), ("c", 3) in d.items())
print(d.setdefault("none"), d)
