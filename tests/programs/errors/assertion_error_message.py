def checked(v):
    assert v % 2 == 0, "expected an even number, got " + str(v)
    return v
checked(4)
checked(7)
