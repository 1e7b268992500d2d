# Errors raised by builtin functions, methods and operators can be caught like user errors.
tries = [("int", lambda: int("12x")), ("list.index", lambda: [1, 2].index(3)), ("dict", lambda: {}["missing"]),
         ("str.index", lambda: "abc"[3]), ("tuple.unpack", lambda: dict([(1, 2, 3)])),
         ("sorted mixed", lambda: sorted([1, "b"])), ("hex float", lambda: hex(1.5)),
         ("round str", lambda: round("x")), ("pow zero", lambda: pow(0, -1)), ("sum str", lambda: sum(["a"]))]
for name, f in tries:
    try:
        f()
        print(name, "no error")
    except (ValueError, TypeError, KeyError, IndexError, ZeroDivisionError) as e:
        print(name, repr(e))
