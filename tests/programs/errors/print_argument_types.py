# print's sep= and end= must be None or str, with CPython's message (checked before anything is written)
for kw in ({"sep": None}, {"end": None}, {"sep": 3}, {"end": 4.5}, {"sep": [1]}):
    try:
        print("a", "b", **kw)
    except TypeError as e:
        print("TypeError:", e)
print("x", sep="-", end=7)
