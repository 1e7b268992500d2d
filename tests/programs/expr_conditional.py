# Conditional expressions, nested, and as arguments; only the chosen branch evaluates.
def loud(v):
    print("evaluated", v)
    return v
for n in [-2, 0, 3]:
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
print(loud("yes") if True else loud("no"))
print(loud("a") if 0 else loud("b"))
x = [1, 2]
print(len(x) if x else 0, x[5] if len(x) > 5 else "short")
f = (lambda v: v * 2) if x else (lambda v: v)
print(f(21))
