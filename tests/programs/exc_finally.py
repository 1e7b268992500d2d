# finally runs on normal exit, on exceptions, on return, break and continue.
def f(mode):
    log = []
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError("boom")
        if mode == "return":
            return log + ["returned"]
        log.append("end of try")
    except ValueError:
        log.append("except")
    finally:
        log.append("finally")
    return log
for m in ["normal", "raise", "return"]:
    print(m, f(m))
def finally_overrides():
    try:
        return "from try"
    finally:
        return "from finally"
print(finally_overrides())
def finally_swallows():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append("f%d" % i)
print(out)
def return_value_evaluated_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_evaluated_before_finally())
