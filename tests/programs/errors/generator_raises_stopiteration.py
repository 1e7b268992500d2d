def gen():
    yield 1
    raise StopIteration


for v in gen():
    print(v)
