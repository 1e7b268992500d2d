# Variadic lambdas are outside the subset: '*args'.
count = lambda *args: len(args)
print(count(1, 2))
