# return from inside loops and branches; implicit None.
def find(xs, target):
    for i in range(len(xs)):
        if xs[i] == target:
            return i
    return -1
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    if n > 100:
        return "big"
    return "small"
def no_return(x):
    x + 1
def nested_loops():
    for i in range(5):
        for j in range(5):
            if i * j == 6:
                return i, j
    return None
print(find([5, 3, 8], 8), find([5, 3], 9), find([], 1))
print([classify(n) for n in [-5, 0, 7, 1000]])
print(no_return(1), nested_loops())
def multiple():
    return 1, [2], "three"
a, b, c = multiple()
print(a, b, c, multiple())
