# from math import a, b and import sys, mixing module and direct names.
from math import sqrt, pi, floor
from math import isnan, inf
import math
import sys
print(sqrt(49), pi == math.pi, floor(-1.5), isnan(inf - inf), sqrt is math.sqrt)
def circle_area(r):
    return pi * r * r
print("%.5f" % circle_area(2))
print(len(sys.argv), sys.argv[0].endswith(".py"))
