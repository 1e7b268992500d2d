# __str__ and __repr__: print and str use __str__, containers and repr use __repr__.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)
    def __repr__(self):
        return "Money(%d)" % self.cents

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"

m = Money(12345)
print(m)
print(str(m), repr(m), [m, Money(5)], (m,), {"price": m})
print("%s %r" % (m, m), f"{m}", "{}".format(m))
o = OnlyRepr()
print(o, str(o), [o])
class Inherit(Money):
    pass
print(Inherit(99), [Inherit(1)])
