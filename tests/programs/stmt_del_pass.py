# del of names, list items, dict entries, attributes; pass in every block kind.
x = 1
y = [1, 2, 3, 4]
z = {"a": 1, "b": 2}
class Obj:
    pass
o = Obj()
o.attr = "here"
del x, y[0], z["a"]
del o.attr
print(y, z)
try:
    print(o.attr)
except AttributeError as e:
    print("AttributeError:", e)
def empty():
    pass
class Nothing:
    pass
for i in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
print(empty(), i)
