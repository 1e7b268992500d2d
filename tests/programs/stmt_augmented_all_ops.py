# Augmented assignment for every binary operator, on names, attributes and subscripts.
class Holder:
    pass
h = Holder()
h.v = 7
vals = [7, 7.5, 10 ** 20]
ops_applied = []
for start in vals:
    r = start; r += 3; ops_applied.append(r)
    r = start; r -= 3; ops_applied.append(r)
    r = start; r *= 3; ops_applied.append(r)
    r = start; r /= 4; ops_applied.append(r)
    r = start; r //= 4; ops_applied.append(r)
    r = start; r %= 4; ops_applied.append(r)
    r = start; r **= 2; ops_applied.append(r)
print(ops_applied)
n = 0b1011
n &= 0b0110; print(n)
n |= 0b1000; print(n)
n ^= 0b1111; print(n)
n <<= 3; print(n)
n >>= 1; print(n)
h.v += 1; h.v *= 2; h.v -= 3; h.v //= 2; h.v **= 2; h.v %= 7
print(h.v)
arr = [1, 2, 3]
arr[0] += 10; arr[1] *= 5; arr[-1] -= 1; arr[2] <<= 4; arr[1] ^= 1
print(arr)
d = {"n": 1, "s": "a", "l": [1]}
d["n"] += 41; d["s"] *= 3; d["s"] += "!"; d["l"] += [2]
print(d)
t = (1,)
t += (2, 3)
print(t)
s = "x"
s *= 3
print(s)
