# Complex numbers are outside the subset: 'complex literal'.
z = 3 + 4j
print(abs(z))
