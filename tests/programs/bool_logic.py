# and/or short-circuit and return one of their operands; not gives a bool.
def noisy(tag, value):
    print("eval", tag)
    return value

print(0 and noisy("a", 1))
print(1 and noisy("b", 2))
print(0 or noisy("c", 3))
print(4 or noisy("d", 5))
print("" or "default", "x" or "default", [] or [1], None or 0, 0 or None)
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or [], 0 or 7 or 8)
print(not 1, not 0, not "", not "a", not [], not [0], not None, not 0.0, not {})
x = None
label = x and x.upper()
print(label)
print((1 < 2) and (2 < 3), (1 > 2) or (2 > 3), not (1 == 1))
print(noisy("e", False) or noisy("f", True) and noisy("g", "end"))
