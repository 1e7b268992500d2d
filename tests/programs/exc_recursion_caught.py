# Unbounded recursion raises RecursionError, which can be caught; the program continues.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
def count_depth(n):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n
d = count_depth(0)
print(d > 500, d < 1000)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(800))
