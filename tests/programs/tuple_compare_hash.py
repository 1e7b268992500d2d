# Tuple comparison is lexicographic; tuples work as dict keys.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 99), (1, "a") == (1, "a"), (1, 2) != (2, 1))
print(sorted([(2, 1), (1, 2), (1, 1), (2, 0), (0, 5)]))
print(max([(1, "z"), (2, "a"), (2, "b")]), min((3, 1), (3, 0)))
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (0, 0) in grid, (3, 3) in grid, len(grid))
memo = {(1, (2, 3)): "nested", ("a", None): "mixed", (): "empty"}
print(memo[(1, (2, 3))], memo[("a", None)], memo[()])
print((1, 2) == (1.0, 2.0), {(1, 2): "x"}[(1.0, 2.0)])
try:
    d = {([1], 2): 3}
except TypeError as e:
    print("TypeError:", e)
