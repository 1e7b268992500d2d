# Insertion order survives updates; del removes; re-adding goes to the end.
d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(list(d))
d["a"] = 100
print(list(d.items()))
del d["z"]
print(d)
d["z"] = -1
print(d)
for k in list(d):
    if d[k] > 1:
        del d[k]
print(d)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
big = {}
for i in range(100):
    big[i * 7 % 100] = i
for i in range(0, 100, 2):
    del big[i]
print(list(big)[:10], len(big))
for i in range(50):
    big[1000 + i] = i
print(list(big)[45:55])
