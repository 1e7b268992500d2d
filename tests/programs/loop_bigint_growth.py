# Loop-heavy: ints that overflow machine words inside a hot loop (guards must fail over to bigints).
x = 1
for i in range(2000):
    x = x * 3 % (2 ** 89 - 1) + i
print(x)
s = 0
v = 2 ** 30
for i in range(5000):
    s += v
    v += 1
print(s, s > 2 ** 40)
f = 1
for i in range(1, 300):
    f *= i
print(len(str(f)), f % 1000000007)
