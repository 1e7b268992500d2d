def f(a, __debug__):
    return a
