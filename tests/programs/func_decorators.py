def trace(fn):
    def wrapped(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapped

def times(n):
    def deco(fn):
        def w(x):
            return fn(x) * n
        return w
    return deco

@trace
def add(a, b=1):
    return a + b

@times(3)
@times(2)
def ident(x):
    return x

print(add(2), add(2, b=5), ident(7))

def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return w

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(40))


class Temp:
    count = 0

    def __init__(self, c):
        self._c = c
        Temp.count += 1

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        print("set", v)
        self._c = v

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @staticmethod
    def describe(x):
        return "temp %s" % x

    @classmethod
    def freezing(cls):
        return cls(0)

    @classmethod
    def made(cls):
        return cls.count


t = Temp(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit, t._c)
print(Temp.describe(3), t.describe(4), Temp.freezing().celsius, Temp.made(), t.made())
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError", e)


class Sub(Temp):
    @property
    def kelvin(self):
        return self.celsius + 273

s = Sub(1)
print(s.kelvin, s.celsius, Sub.freezing().__class__.__name__)


def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        return cls
    return deco

reg = []

@register(reg)
class A:
    pass

@register(reg)
class B:
    pass

print(reg, A().__class__.__name__)
