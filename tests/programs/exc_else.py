# try/except/else/finally: else runs only when no exception was raised.
def parse(s):
    try:
        n = int(s)
    except ValueError:
        print("  except for", repr(s))
        return None
    else:
        print("  else for", repr(s))
        return n * 2
    finally:
        print("  finally for", repr(s))
for s in ["21", "x", "-4"]:
    print(parse(s))
def else_raises():
    try:
        pass
    except ValueError:
        return "not here"
    else:
        raise KeyError("from else")
try:
    else_raises()
except KeyError as e:
    print("KeyError from else:", e)
for i in range(3):
    try:
        if i == 1:
            raise IndexError
    except IndexError:
        print(i, "except")
    else:
        print(i, "else")
        if i == 2:
            break
