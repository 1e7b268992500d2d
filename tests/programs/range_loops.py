# for loops over ranges, counting up and down, with negative steps and nesting.
for i in range(3):
    print("up", i)
for i in range(3, 0, -1):
    print("down", i)
for i in range(-2, 3, 2):
    print("step", i)
s = 0
for i in range(1, 1001):
    s += i * (-1) ** i
print(s)
rows = []
for i in range(1, 5):
    row = ""
    for j in range(1, 5):
        row += "%4d" % (i * j)
    rows.append(row)
print("\n".join(rows))
n = 0
for i in range(10):
    i = i * 100
    n += 1
print(n, i)
