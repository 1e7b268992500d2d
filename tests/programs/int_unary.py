# Unary minus, plus and invert, including on bools and big ints.
n = 42
print(-n, +n, ~n, --n, -(-n), ~~n, -~n, ~-n)
print(-0, +0, ~0)
print(-True, +True, ~True, -False, ~False)
big = 10 ** 25
print(-big, +big, ~big, ~-big)
print(- 3 ** 2, (-3) ** 2)
print(not 0, not 5, not -1)
