# Default parameter values, evaluated once at definition time.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"), greet("Bob", "Hi"), greet("Cid", "Yo", "?"))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), snapshot(5))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []))
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
def power(base, exp=2, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
print(power(3), power(3, 3), power(3, 3, 5), power(2, mod=7), power(exp=4, base=2))
