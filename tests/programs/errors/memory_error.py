print("asking for 2**61 list slots")
cells = [None] * (2 ** 61)
print(len(cells))
