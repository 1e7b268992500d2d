# List slicing with every kind of bound and step; slices are copies.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-3], a[::2], a[1::2], a[::-1], a[8:2:-2], a[100:], a[-100:2])
c = a[:]
c[0] = 99
print(a[0], c[0])
print(a[::3], a[::-3], a[5:5], a[9:0:-4], a[-1:-4:-1])
nested = [[1, 2], [3, 4]]
shallow = nested[:]
shallow[0].append(9)
print(nested, shallow)
