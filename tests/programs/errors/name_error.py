def f():
    return undefined_variable + 1
print("start")
f()
