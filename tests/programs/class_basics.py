# Classes: __init__, instance attributes, methods, attribute updates.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def scale(self, k):
        self.x *= k
        self.y *= k

p = Point(3, 4)
print(p.x, p.y, p.norm2())
q = p.moved(1, -1)
print(q.x, q.y, p.x)
p.scale(10)
print(p.x, p.y)
p.label = "added later"
print(p.label)
m = p.norm2
print(m())
try:
    print(p.z)
except AttributeError as e:
    print("AttributeError:", e)
class Empty:
    pass
e = Empty()
e.a = 1
e.a += 1
print(e.a)
