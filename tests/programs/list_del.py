# del on list items, slices and extended slices, and on names.
a = list(range(12))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::3]
print(a)
del a[:]
print(a, len(a))
b = [1, 2, 3]
del b[1], b[0]
print(b)
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
try:
    del b[5]
except IndexError as e:
    print("IndexError:", e)
