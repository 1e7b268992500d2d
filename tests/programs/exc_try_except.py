# try/except basics: matching clause, several clauses, tuples of types, as e, bare except.
def risky(kind):
    if kind == 0:
        return 1 // 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("nope")
    if kind == 4:
        return undefined_name
    if kind == 5:
        return "s" + 1
    if kind == 6:
        return None.attr
    return "fine"

for k in range(8):
    try:
        print(k, risky(k))
    except ZeroDivisionError:
        print(k, "zero division")
    except (IndexError, KeyError) as e:
        print(k, "lookup:", repr(e))
    except ValueError as e:
        print(k, "value:", e)
    except NameError as e:
        print(k, "name:", e)
    except:
        print(k, "something else")
