# math trigonometric functions and their inverses.
import math
for x in [0.0, 0.5, 1.0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, -1.0, 2.5]:
    print("%.6f %.12f %.12f %.12f" % (x, math.sin(x), math.cos(x), math.tan(x)))
for y in [-1.0, -0.5, 0.0, 0.5, 1.0]:
    print(y, math.asin(y), math.acos(y), math.atan(y))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(1, 0), math.atan2(0.0, 0.0))
print(math.sin(0), math.cos(0), math.sin(math.pi), math.cos(math.pi))
print(round(math.sin(math.pi / 6), 12), math.tan(math.pi / 4))
