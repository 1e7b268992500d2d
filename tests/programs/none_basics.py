# None: the singleton, its repr, identity, default returns.
def nothing():
    pass

def early(x):
    if x:
        return
    return x

print(None, repr(None), str(None), [None], (None, None), {None: None})
print(nothing(), early(1), early(0))
a = None
b = nothing()
print(a is b, a is None, a is not None, a == None, a != None, None == 0, None == False)
print(bool(None), not None)
d = {"k": None}
print(d.get("k"), d.get("missing"), d.get("missing") is None)
r = [1, None, "x"]
print(r.count(None), r.index(None), None in r)
