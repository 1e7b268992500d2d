# try/except/finally inside loops with break/continue/return in each part.
def scan(items):
    log = []
    for x in items:
        try:
            if x == "skip":
                continue
            if x == "stop":
                break
            if x == "bad":
                raise ValueError(x)
            log.append(x)
        except ValueError:
            log.append("handled")
            continue
        finally:
            log.append(".")
    return log
print(scan(["a", "skip", "bad", "b", "stop", "c"]))
def find_first_int(items):
    for s in items:
        try:
            return int(s)
        except ValueError:
            pass
        finally:
            print("  tried", repr(s))
    return None
print(find_first_int(["x", "y", "42", "7"]))
i = 0
while True:
    try:
        i += 1
        if i < 3:
            continue
        break
    finally:
        print("while finally", i)
def except_returns():
    try:
        raise KeyError("k")
    except KeyError:
        return "from except"
    finally:
        print("finally before except's return")
print(except_returns())
