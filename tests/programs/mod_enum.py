from enum import Enum, auto, unique
import enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return "%s is %d" % (self.name, self.value)

    @property
    def warm(self):
        return self is Color.RED

print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'])
print(list(Color), len(Color), [c.name for c in Color], Color.CRIMSON is Color.RED)
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED != 1, Color.RED == 1)
print(Color.RED in Color, type(Color.RED), isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print(repr(Color), Color.__members__)
print(Color.RED.describe(), Color.RED.warm, Color.BLUE.warm, f"{Color.GREEN}", str(Color.BLUE))
d = {Color.RED: 'r', Color.GREEN: 'g'}
print(d[Color.RED], d.get(Color(2)), sorted(Color, key=lambda c: c.value)[-1])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color['PINK']
except KeyError as e:
    print("KeyError:", e)

class Shape(enum.Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()
print(list(Shape), Shape.TRIANGLE.value, Shape(1))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.67300E-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))

@unique
class Mistake(Enum):
    ONE = 1
    TWO = 2
print(Mistake.TWO)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Status(Enum):
    ACTIVE = "active"
    DONE = "done"
print(Status("done"), Status.ACTIVE.value, [s.value for s in Status])
counts = {}
for c in [Color.RED, Color.BLUE, Color.RED]:
    counts[c] = counts.get(c, 0) + 1
print(counts)
