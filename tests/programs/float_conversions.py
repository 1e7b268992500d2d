# float() from strings and ints, int() from floats, str() of floats.
for s in ["1.5", "-2", " 3.25 ", "1e3", "1E-3", ".5", "5.", "-inf", "+inf", "nan", "1_000.5", "0x10", "abc", ""]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(float(3), float(-0), float(True), float(10 ** 20), float())
print(int(2.9), int(-2.9), int(1e18), int(1.5e300) > 10 ** 299)
for v in [float("inf"), float("nan")]:
    try:
        print(int(v))
    except OverflowError as e:
        print("OverflowError:", e)
    except ValueError as e:
        print("ValueError:", e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
print(str(1.0), str(2.50), str(1e5), str(123e-20))
