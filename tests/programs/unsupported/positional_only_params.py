# Positional-only parameters ('/') are outside the subset.
def f(a, b, /):
    return a - b
print(f(5, 3))
