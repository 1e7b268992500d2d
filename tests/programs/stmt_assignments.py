# Assignment forms: chained, tuple, nested unpacking, attributes, subscripts, slices.
a = b = c = 0
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
p, (q, r), s = 1, (2, 3), 4
print(p, q, r, s)
class Box:
    pass
box = Box()
box.v = box.w = 5
print(box.v, box.w)
d = {}
d["a"] = d["b"] = 1
print(d)
lst = [0] * 6
lst[0], lst[-1] = "first", "last"
lst[1:3] = ["s1", "s2"]
print(lst)
i = 0
i, lst[i] = 2, "changed"
print(i, lst)
m = [[0, 0], [0, 0]]
m[1][0] = 7
print(m)
box.items = [1, 2, 3]
box.items[1] = 20
box.items[2:] = [30, 40]
print(box.items)
k, v = pair = ("k", "v")
print(k, v, pair)
