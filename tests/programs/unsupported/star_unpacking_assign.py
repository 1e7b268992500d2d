# Starred assignment targets are outside the subset: 'star-unpacking'.
first, *rest = [1, 2, 3]
print(first, rest)
