# Loop-heavy: dict updates keyed by ints and strings.
counts = {}
x = 1
for i in range(60000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 97
    counts[k] = counts.get(k, 0) + 1
print(len(counts), min(counts.values()), max(counts.values()))
names = {}
keys = ["k" + str(i) for i in range(50)]
for i in range(40000):
    key = keys[i % 50]
    if key in names:
        names[key] += i
    else:
        names[key] = i
print(names["k0"], names["k49"], sum(names.values()))
