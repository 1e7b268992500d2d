# Sets are outside the subset: 'set comprehension'.
s = {x % 3 for x in range(10)}
print(len(s))
