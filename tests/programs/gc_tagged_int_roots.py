# Regression (issue 15): small ints whose tagged bits look like nursery addresses, held in
# frames across collections. The default 64m heap's nursery covers tagged values of about
# 163,840,000 to 167,772,160; every shape below walks through that range.

def scaled(a):
    return a * 100000

total = 0
for i in range(300):
    total += scaled(i)
print(total)


def guarded(x, y):
    try:
        return x // y
    except ZeroDivisionError:
        return 0

acc = 163000000
for j in range(1000):
    acc += guarded(j * 9000, j % 5)
print(acc)


def identity(v):
    return v

seen = 0
v = 160000000
while v < 170000000:
    seen += identity(v) & 7
    pair = [v, v + 1]
    v += 16411
print(seen, pair)
