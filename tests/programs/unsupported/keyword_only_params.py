# Keyword-only parameters (a bare '*') are outside the subset.
def f(a, *, b=2):
    return a + b
print(f(1, b=3))
