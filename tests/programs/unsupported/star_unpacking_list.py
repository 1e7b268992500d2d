# Starred items in a list display are outside the subset: 'star-unpacking'.
a = [1, 2]
b = [*a, 3]
print(b)
