# Tuple unpacking in assignments, for loops and returns; swapping.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
x, y, z = "xyz"
print(x, y, z)
p, q = [10, 20]
print(p, q)
def divmod2(n, m):
    return n // m, n % m
quo, rem = divmod2(17, 5)
print(quo, rem)
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print(i, name, score)
[m, n] = (7, 8)
print(m, n)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
