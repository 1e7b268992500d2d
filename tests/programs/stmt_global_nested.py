# global from nested functions and loops that modify module state.
total = 0
def add_all(xs):
    def add(v):
        global total
        total += v
    for x in xs:
        add(x)
add_all([1, 2, 3])
add_all(range(10))
print(total)
registry = {}
def register(name):
    registry[name] = len(registry)
for n in ["a", "b", "c"]:
    register(n)
print(registry)
