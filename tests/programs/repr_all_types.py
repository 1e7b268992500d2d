# repr() and str() of every value type in the subset, side by side.
class Plain:
    pass

class Named:
    def __repr__(self):
        return "Named()"

class Both:
    def __str__(self):
        return "both-str"
    def __repr__(self):
        return "both-repr"

values = [0, -12, 10 ** 22, 1.5, -0.0, float("inf"), True, None, "s", "it's", [1, "a"], (1,), {"k": "v"},
          range(5), range(1, 10, 2), Named(), Both(), [Both(), Named()], ValueError("bad value"), KeyError("k"),
          ZeroDivisionError("division by zero"), Exception(), Exception("a", 2), IndexError()]
for v in values:
    print(str(v), "|", repr(v))
p = repr(Plain())
print(p.startswith("<__main__.Plain object at 0x"), p.endswith(">"))
