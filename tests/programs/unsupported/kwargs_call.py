# Unpacking a dict into keyword arguments is outside the subset: '**kwargs'.
def add(a, b):
    return a + b
print(add(**{"a": 1, "b": 2}))
