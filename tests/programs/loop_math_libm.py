# The math functions in a hot loop: the first table is computed by the interpreter, the later
# ones by compiled code (which on an ARM host calls the platform libm directly). Both must
# give the same bits.
import math


def table(n, scale):
    out = []
    for i in range(n):
        x = i * scale
        v = math.sin(x) + math.cos(x) * 0.5 + math.exp(-x) + math.log(x + 1.0) + math.log10(x + 2.0)
        v += math.atan2(x, 3.0) + math.pow(x + 1.0, 0.3) + math.tan(x * 0.1) + math.fmod(x, 0.7)
        v += math.asin(x / 10.0) + math.acos(x / 11.0) + math.atan(x)
        out.append(v)
    return out


first = table(40, 0.137)
same = True
for k in range(80):
    later = table(40, 0.137)
    same = same and later == first
print(same)
print(round(sum(first), 9))
