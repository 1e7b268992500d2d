# A hexagonal tile puzzle solver in the style of hexiom: numbered tiles go on the cells of a
# hexagonal board so that every tile's number equals the count of its occupied neighbours.
# Puzzles are made from seeded random layouts; the solver counts all solutions by
# backtracking with per-cell bounds, and renders the first one with io.StringIO.
# Size N: number of puzzles.
import sys
import random
import io

DIRECTIONS = [(1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)]


class Board:
    def __init__(self, radius):
        self.radius = radius
        self.cells = []
        for q in range(-radius, radius + 1):
            for r in range(-radius, radius + 1):
                if abs(q + r) <= radius:
                    self.cells.append((q, r))
        self.index = {c: i for i, c in enumerate(self.cells)}
        self.neighbours = []
        for q, r in self.cells:
            ns = []
            for dq, dr in DIRECTIONS:
                j = self.index.get((q + dq, r + dr))
                if j is not None:
                    ns.append(j)
            self.neighbours.append(ns)

    def render(self, values):
        out = io.StringIO()
        for r in range(-self.radius, self.radius + 1):
            out.write(" " * abs(r))
            row = []
            for q in range(-self.radius, self.radius + 1):
                i = self.index.get((q, r))
                if i is not None:
                    v = values[i]
                    row.append("." if v is None else str(v))
            out.write(" ".join(row))
            out.write("\n")
        return out.getvalue()


def make_puzzle(board, rng, density):
    n = len(board.cells)
    occupied = [rng.random() < density for _ in range(n)]
    tiles = {}
    layout = [None] * n
    for i in range(n):
        if occupied[i]:
            count = sum(1 for j in board.neighbours[i] if occupied[j])
            tiles[count] = tiles.get(count, 0) + 1
            layout[i] = count
    # some cells are given (locked), as in hexiom's puzzles
    given = {i: layout[i] for i in range(n) if rng.random() < 0.35}
    return tiles, given


class Solver:
    def __init__(self, board, tiles, given):
        self.board = board
        self.left = dict(tiles)
        self.values = [None] * len(board.cells)
        self.decided = [False] * len(board.cells)
        for i, v in given.items():
            self.values[i] = v
            self.decided[i] = True
            if v is not None:
                self.left[v] -= 1
        self.solutions = 0
        self.first = None
        self.nodes = 0
        # visit cells with many neighbours first
        self.order = sorted((i for i in range(len(board.cells)) if i not in given),
                            key=lambda i: (-len(board.neighbours[i]), i))

    def consistent(self, i):
        # every decided tile touching cell i must still be able to reach its number
        for j in [i] + self.board.neighbours[i]:
            v = self.values[j]
            if not self.decided[j] or v is None:
                continue
            occupied = 0
            open_ = 0
            for k in self.board.neighbours[j]:
                if not self.decided[k]:
                    open_ += 1
                elif self.values[k] is not None:
                    occupied += 1
            if occupied > v or occupied + open_ < v:
                return False
        return True

    def search(self, depth):
        self.nodes += 1
        if depth == len(self.order):
            if all(n == 0 for n in self.left.values()):
                self.solutions += 1
                if self.first is None:
                    self.first = list(self.values)
            return
        i = self.order[depth]
        remaining_cells = len(self.order) - depth
        remaining_tiles = sum(self.left.values())
        options = sorted(v for v, n in self.left.items() if n > 0)
        if remaining_cells > remaining_tiles:
            options.append(None)
        for v in options:
            if v is not None and v > len(self.board.neighbours[i]):
                continue
            self.values[i] = v
            self.decided[i] = True
            if v is not None:
                self.left[v] -= 1
            if self.consistent(i):
                self.search(depth + 1)
            if v is not None:
                self.left[v] += 1
            self.decided[i] = False
            self.values[i] = None


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 24
    rng = random.Random(2024)
    board = Board(2)
    report = io.StringIO()
    total_solutions = total_nodes = 0
    for p in range(n):
        tiles, given = make_puzzle(board, rng, 0.55)
        solver = Solver(board, tiles, given)
        solver.search(0)
        total_solutions += solver.solutions
        total_nodes += solver.nodes
        desc = ", ".join("%d x%d" % (k, tiles[k]) for k in sorted(tiles))
        print("puzzle %d: tiles [%s] given %d solutions %d nodes %d" % (p, desc, len(given), solver.solutions, solver.nodes),
              file=report)
        if p == n - 1:
            report.write(board.render(solver.first))
    sys.stdout.write(report.getvalue())
    print(total_solutions, total_nodes)


main()
