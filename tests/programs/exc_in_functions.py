# Exceptions propagate through several frames and can be caught at any level.
def level3(x):
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x * 2
def level2(x):
    return level3(x - 5) + 1
def level1(x):
    try:
        return level2(x)
    except ValueError as e:
        return "level1 caught " + str(e)
print(level1(10), level1(3))
def cleanup_order(log):
    try:
        try:
            level2(0)
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log
print(cleanup_order([]))
def recursive_raise(n):
    if n == 0:
        raise IndexError("bottom reached")
    try:
        recursive_raise(n - 1)
    finally:
        pass
try:
    recursive_raise(50)
except IndexError as e:
    print("caught after 50 frames:", e)
