# del d[k] in hot loops: int, str and tuple keys; a missing key raises KeyError at an exit.
d = {}
misses = 0
total = 0
for i in range(3000):
    d[i] = i * 2
    d["k%d" % (i % 50)] = i
    d[(i % 7, i % 3)] = i
    if i >= 10:
        del d[i - 10]
    if i % 5 == 0:
        try:
            del d[(i % 7, i % 3)]
            del d[(i % 7, i % 3)]
        except KeyError:
            misses += 1
    total += len(d)
print(total, misses, sorted(k for k in d if isinstance(k, int)))
