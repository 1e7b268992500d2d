# Polymorphic dispatch over a list of shapes with a shared interface.
import math
class Shape:
    def area(self):
        return 0.0
    def __str__(self):
        return "%s(area=%.3f)" % (self.name(), self.area())
    def name(self):
        return "Shape"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def name(self):
        return "Circle"
class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
    def name(self):
        return "Rect"
class Tri(Shape):
    def __init__(self, a, b, c):
        self.sides = (a, b, c)
    def area(self):
        a, b, c = self.sides
        s = (a + b + c) / 2
        return math.sqrt(s * (s - a) * (s - b) * (s - c))
    def name(self):
        return "Tri"
shapes = [Circle(1), Rect(2, 3.5), Tri(3, 4, 5), Shape(), Circle(0.5)]
for s in shapes:
    print(s)
print("total %.4f" % sum([s.area() for s in shapes]))
print([s.name() for s in sorted(shapes, key=lambda s: s.area())])
