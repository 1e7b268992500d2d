# __init_subclass__ (an implicit classmethod run on the base when a subclass is made),
# object.__new__, __class_getitem__, a class's __dict__ in definition order
registry = []


class Plugin:
    def __init_subclass__(cls):
        registry.append(cls.__name__)


class A(Plugin):
    x = 1


class B(A):
    def run(self):
        return "B.run"


print(registry)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = object.__new__(Point)
print(type(p).__name__, hasattr(p, "x"))
p.x = 3
print(p.x)


class Table:
    rows = {"a": 1, "b": 2}

    def __class_getitem__(cls, key):
        return cls.rows[key] * 10


print(Table["a"], Table["b"])
print([k for k in B.__dict__ if not k.startswith("__")], "x" in A.__dict__, "x" in B.__dict__)
