a = {'x': 1}
n = 1
print({**a})
print({**a, **n})
