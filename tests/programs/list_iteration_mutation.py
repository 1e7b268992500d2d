# Iterating a list that grows; enumerate/zip over lists; copies vs aliases.
a = [1, 2, 3]
for x in a:
    if x < 4:
        a.append(x + 3)
print(a)
b = list(a)
b.append(100)
print(len(a), len(b))
for i, v in enumerate(a):
    a[i] = v * 10
print(a)
total = 0
for x, y in zip(a, b):
    total += x * y
print(total)
