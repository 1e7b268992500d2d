# Comparing nested containers counts toward the recursion limit as CPython does (each
# element comparison is a level), with "in comparison" in the message; a self-referencing
# list compares equal to itself by identity, and to another one only by recursing forever.
def nest(n, leaf):
    x = leaf
    for _ in range(n):
        x = [x]
    return x

def probe(op, leaf1, leaf2):
    best = 0
    msg = ""
    for n in range(994, 1000):
        try:
            op(nest(n, leaf1), nest(n, leaf2))
            best = n
        except RecursionError as e:
            msg = str(e)
    return best, msg

print(probe(lambda a, b: a == b, [], []))
print(probe(lambda a, b: a == b, 1, 1))
print(probe(lambda a, b: a < b, 1, 2))

def dic(n, leaf):
    x = leaf
    for _ in range(n):
        x = {'k': x}
    return x

best = 0
for n in range(994, 1000):
    try:
        dic(n, 1) == dic(n, 2)
        best = n
    except RecursionError:
        pass
print(best)

a = []
a.append(a)
print(a == a, a)
b = []
b.append(b)
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError", e)
