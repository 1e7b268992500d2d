# Chained comparisons evaluate the middle operand once and short-circuit.
def v(x, log):
    log.append(x)
    return x
log = []
print(v(1, log) < v(2, log) < v(3, log), log)
log = []
print(v(3, log) < v(2, log) < v(1, log), log)
x = 5
print(1 < x < 10, 1 < x > 4, 0 <= x <= 5 < 6, 5 == x == 5.0, 1 < 2 > 0 < 9 != 8)
print(1 < 3 < 2, "a" < "b" < "c", [1] < [2] <= [2])
n = None
print(x == x is not n, x in [5] in [[5]])
