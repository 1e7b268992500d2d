# floor, ceil (returning ints), fabs (returning floats), hypot.
import math
for x in [2.5, -2.5, 3.0, -3.0, 0.1, -0.1, 1e20, 7, -7, 0.0]:
    print(x, math.floor(x), math.ceil(x), math.fabs(x))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1), math.hypot(0, 0), math.hypot(-3, 4), math.hypot(1e200, 1e200))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(1e16 + 0.5), math.ceil(2 ** 60 + 0.0))
print(math.fabs(-0.0), math.fabs(-10 ** 3))
