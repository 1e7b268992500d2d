# super().method(...) in __init__ and in overridden methods, across three levels.
class Shape:
    def __init__(self, name):
        self.name = name
    def describe(self):
        return "shape " + self.name
    def area(self):
        return 0

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h
    def describe(self):
        return super().describe() + " %dx%d" % (self.w, self.h)
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
    def describe(self):
        return "<" + super().describe() + ">"
    def area(self):
        return super().area() + 0

for s in [Shape("blob"), Rect(2, 3), Square(4)]:
    print(s.describe(), s.area())
