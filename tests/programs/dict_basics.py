# Dict literals, lookup, assignment, len, in, and equality.
d = {"one": 1, "two": 2}
d["three"] = 3
d["one"] = 100
print(d, len(d), d["two"], "one" in d, "four" in d, "four" not in d)
e = {}
print(e, len(e), {} == {}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2})
e[1] = "int"
e[2.5] = "float"
e["s"] = "str"
e[(1, 2)] = "tuple"
e[None] = "none"
e[False] = "bool"
print(e)
print(e[1], e[2.5], e["s"], e[(1, 2)], e[None], e[0], e[False])
print(dict(), dict({"x": 1}), dict([("a", 1), ("b", 2)]), dict(k=1, v=2))
