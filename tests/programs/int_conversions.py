# int() from strings, floats and bools; str() back.
print(int("42"), int("-17"), int("  8  "), int("+5"), int("0"), int("1_000"))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e20), int(True), int(False))
print(int("123456789012345678901234567890") + 1)
print(int("ff", 16), int("777", 8), int("1010", 2), int("z", 36))
print(int(), int(7))
for s in ["12", "x1", "1.5", "", " ", "0x10"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(str(0), str(-99), str(10 ** 25), repr(-7))
print(int(str(2 ** 200)) == 2 ** 200)
