# Sets are outside the subset: 'set literal'.
s = {1, 2, 3}
print(len(s))
