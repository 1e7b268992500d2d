# try/except/finally inside hot loops: the normal path is traced, an exception leaves the
# trace at a guard and the interpreter's handler runs; nested blocks, blocks in inlined
# calls, break/continue through finally, exceptions from builtins and from callees.


def divide_all(n):
    s = 0
    for i in range(n):
        try:
            s += 100 // (i % 7)
        except ZeroDivisionError:
            s -= 1
    return s


def lookups(n):
    d = {k: k * k for k in range(0, 50, 3)}
    hits = misses = 0
    for i in range(n):
        try:
            hits += d[i % 50]
        except KeyError as e:
            misses += e.args[0]
    return hits, misses


def finally_paths(n):
    log = 0
    i = 0
    while i < n:
        i += 1
        try:
            if i % 5 == 0:
                continue
            if i > n - 3:
                break
            log += i
        finally:
            log += 1000
    return log, i


def nested(n):
    out = 0
    for i in range(n):
        try:
            try:
                if i % 11 == 0:
                    raise ValueError(i)
                out += [1, 2, 3][i % 4]
            except IndexError:
                out += 100
            finally:
                out += 1
        except ValueError as e:
            out += 1000 + e.args[0]
    return out


def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -1


def raiser(i):
    if i % 13 == 12:
        raise RuntimeError("thirteen")
    return i


def calls(n):
    s = 0
    errors = 0
    for i in range(n):
        s += safe_div(i, i % 4)
        try:
            s += raiser(i)
        except RuntimeError:
            errors += 1
    return s, errors


def builtins_raising(n):
    words = ["1", "22", "x", "333", "", "4"]
    total = 0
    bad = 0
    for i in range(n):
        try:
            total += int(words[i % 6])
        except ValueError:
            bad += 1
    return total, bad


def else_clause(n):
    a = b = 0
    for i in range(n):
        try:
            v = 10 // (i % 3)
        except ZeroDivisionError:
            a += 1
        else:
            b += v
    return a, b


print(divide_all(300))
print(lookups(300))
print(finally_paths(200))
print(nested(300))
print(calls(300))
print(builtins_raising(300))
print(else_clause(300))
