def check(n):
    if n < 0:
        raise ValueError("n must be non-negative, got %d" % n)
    return n
check(3)
check(-2)
