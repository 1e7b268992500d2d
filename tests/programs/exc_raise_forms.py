# raise a class, an instance, re-raise with bare raise, raise inside except.
def g(kind):
    if kind == "class":
        raise ValueError
    if kind == "instance":
        raise ValueError("with message")
    if kind == "reraise":
        try:
            1 / 0
        except ZeroDivisionError:
            raise
    if kind == "new":
        try:
            [].pop()
        except IndexError as e:
            raise KeyError("converted: " + str(e))
    if kind == "var":
        err = TypeError("stored then raised")
        raise err
for k in ["class", "instance", "reraise", "new", "var"]:
    try:
        g(k)
    except Exception as e:
        print(k, "->", repr(e))
def nested_handlers():
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            print("inner handler:", e)
            raise
    except ValueError as e:
        print("outer handler:", e)
nested_handlers()
try:
    raise Exception("generic", 42)
except Exception as e:
    print(e, repr(e))
