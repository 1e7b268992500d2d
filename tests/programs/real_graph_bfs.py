# Graph algorithms on a grid maze: BFS shortest path and connected components.
maze = [
    "S.#.......",
    ".##.####.#",
    "....#....#",
    "#.#.#.##..",
    "..#...#..E",
]
H, W = len(maze), len(maze[0])
def find(ch):
    for r in range(H):
        c = maze[r].find(ch)
        if c >= 0:
            return (r, c)
start, end = find("S"), find("E")
dist = {start: 0}
prev = {}
queue = [start]
head = 0
while head < len(queue):
    r, c = queue[head]
    head += 1
    for dr, dc in [(0, 1), (1, 0), (0, -1), (-1, 0)]:
        nr, nc = r + dr, c + dc
        if 0 <= nr < H and 0 <= nc < W and maze[nr][nc] != "#" and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            prev[(nr, nc)] = (r, c)
            queue.append((nr, nc))
print("distance:", dist.get(end))
path = []
p = end
while p != start:
    path.append(p)
    p = prev[p]
rows = [list(row) for row in maze]
for r, c in path[1:]:
    rows[r][c] = "o"
print("\n".join(["".join(r) for r in rows]))
edges = {1: [2, 3], 2: [1], 3: [1], 4: [5], 5: [4], 6: []}
seen = {}
components = 0
for v in edges:
    if v in seen:
        continue
    components += 1
    stack = [v]
    while stack:
        u = stack.pop()
        if u in seen:
            continue
        seen[u] = components
        stack.extend(edges[u])
print(components, seen)
