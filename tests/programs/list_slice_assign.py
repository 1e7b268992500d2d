# Slice assignment: replacing, growing, shrinking, inserting, extended slices.
a = list(range(10))
a[2:5] = ["a", "b", "c"]
print(a)
a[2:5] = []
print(a)
a[1:1] = [100, 200]
print(a)
a[:2] = [0]
print(a)
a[-2:] = ["x", "y", "z"]
print(a)
a[::2] = [None] * len(a[::2])
print(a)
b = [1, 2, 3, 4, 5, 6]
b[::-2] = ["p", "q", "r"]
print(b)
b[len(b):] = [7, 8]
print(b)
b[:] = "xyz"
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
c = [1, 2, 3]
c[0:3] = c
print(c)
c[1:2] = (9, 9, 9)
print(c)
