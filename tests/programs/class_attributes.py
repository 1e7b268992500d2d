# Class attributes are shared until an instance shadows them.
class Config:
    version = 3
    names = []
    def __init__(self, name):
        self.name = name
        Config.names.append(name)

a = Config("a")
b = Config("b")
print(Config.version, a.version, b.version, Config.names, a.names is b.names)
a.version = 4
print(Config.version, a.version, b.version)
Config.version = 5
print(Config.version, a.version, b.version)
class Counter:
    created = 0
    def __init__(self):
        Counter.created += 1
        self.id = Counter.created
cs = [Counter() for i in range(4)]
print(Counter.created, [c.id for c in cs])
class Consts:
    PI = 3.14159
    TWO_PI = PI * 2
    SQUARES = [i * i for i in range(4)]
print(Consts.TWO_PI, Consts.SQUARES)
