# Conway's game of life on a small torus, printed as text.
W, H = 12, 8
grid = [[0] * W for r in range(H)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2), (5, 8), (5, 9), (5, 10)]:
    grid[r][c] = 1
def step(g):
    new = [[0] * W for r in range(H)]
    for r in range(H):
        for c in range(W):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += g[(r + dr) % H][(c + dc) % W]
            new[r][c] = 1 if n == 3 or (n == 2 and g[r][c]) else 0
    return new
def show(g):
    return "\n".join(["".join(["#" if v else "." for v in row]) for row in g])
for gen in range(4):
    print("generation", gen)
    print(show(grid))
    grid = step(grid)
for gen in range(20):
    grid = step(grid)
print(sum([sum(row) for row in grid]))
