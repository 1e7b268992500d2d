# Base classes catch derived exceptions; order of except clauses matters.
cases = [ZeroDivisionError("z"), OverflowError("o"), KeyError("k"), IndexError("i"), ValueError("v"),
         AssertionError("a"), RecursionError("r"), NameError("n"), TypeError("t"), AttributeError("at"),
         StopIteration("s"), MemoryError("m")]
for c in cases:
    caught = []
    for base in [ArithmeticError, Exception]:
        try:
            try:
                raise c
            except base:
                caught.append(base)
        except Exception:
            caught.append(None)
    print(repr(c), isinstance(c, ArithmeticError), caught[0] is ArithmeticError, caught[1] is Exception)
try:
    raise ZeroDivisionError("first clause wins")
except ArithmeticError as e:
    print("ArithmeticError clause:", e)
except ZeroDivisionError:
    print("never")
try:
    raise OverflowError("overflowing")
except (KeyError, ArithmeticError) as e:
    print("tuple clause:", repr(e))
