def f(*args):
    return args


print(f(*[1]))
f(*5)
