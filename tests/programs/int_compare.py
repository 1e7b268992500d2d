# Comparisons between ints, big ints, floats and bools.
vals = [-(10 ** 20), -3, -1, 0, 1, 2, 3, 10 ** 20]
for a in vals:
    row = []
    for b in vals:
        if a < b:
            row.append("<")
        elif a == b:
            row.append("=")
        else:
            row.append(">")
    print("".join(row))
print(1 == 1.0, 2 < 2.5, 3 >= 3.0, 10 ** 20 == 1e20, 10 ** 16 + 1 == 1e16)
print(True == 1, False == 0, True < 2, 1 != 1, 1 != 2)
print(5 <= 5, 5 < 5, -5 > -6, 0 == -0)
