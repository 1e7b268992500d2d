# Decorators are outside the subset.
def trace(f):
    return f
@trace
def add(a, b):
    return a + b
print(add(1, 2))
