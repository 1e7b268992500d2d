# Keys of every hashable kind: equal numbers share a slot, strings and tuples hash by value.
d = {}
d[1] = "a"
d[1.0] = "b"
d[True] = "c"
print(d)
d[0] = "zero"
d[-0.0] = "negzero"
d[False] = "false"
print(d)
d["1"] = "string one"
d[(1,)] = "tuple one"
d[None] = "nothing"
d[2 ** 70] = "big"
d[float(2 ** 70)] = "big float"
d[0.5] = "half"
print(d, len(d))
k = "".join(["ab", "c"])
e = {"abc": 1}
print(e[k], k in e, ("x", 1) in {("x", 1): 0})
for key in d:
    print(repr(key), "->", d[key])
try:
    e[[1]] = 2
except TypeError as ex:
    print("TypeError:", ex)
try:
    e[{}] = 2
except TypeError as ex:
    print("TypeError:", ex)
