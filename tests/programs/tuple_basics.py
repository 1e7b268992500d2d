# Tuple literals, indexing, slicing, len, concatenation, repetition, membership.
t = (1, 2, 3, 4, 5)
print(t, t[0], t[-1], t[1:3], t[::-1], t[::2], len(t), () , (7,), 7, (7))
print(t + (6,), (0,) * 3, 2 * (1, 2), 3 in t, 9 not in t)
single = 1,
pair = "a", "b"
print(single, pair)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested[0])
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(), tuple((1,)))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    print(t[10])
except IndexError as e:
    print("IndexError:", e)
