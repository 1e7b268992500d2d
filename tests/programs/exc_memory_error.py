# An allocation far beyond any heap raises MemoryError, which can be caught; the program continues.
try:
    huge = [0] * (2 ** 61)
    print("allocated?", len(huge))
except MemoryError as e:
    print("MemoryError caught:", repr(e), "[" + str(e) + "]")
small = [0] * 1000
print(len(small), isinstance(MemoryError(), Exception))
