# Puzzle solvers built on generators: N-queens by permutations filtered with sets of
# diagonals, a sliding-tile search driven by a generator of successor states, and
# subset sums through itertools.combinations. Size N: repetitions of the whole set.
import sys
from itertools import permutations, combinations, islice


def queens(n):
    cols = range(n)
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


def successors(state, width):
    blank = state.index(0)
    row, col = divmod(blank, width)
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        r, c = row + dr, col + dc
        if 0 <= r < width and 0 <= c < width:
            other = r * width + c
            s = list(state)
            s[blank], s[other] = s[other], s[blank]
            yield tuple(s)


def bfs(start, goal, width):
    frontier = [start]
    seen = {start}
    depth = 0
    while frontier:
        if goal in seen:
            return depth, len(seen)
        nxt = []
        for state in frontier:
            for s in successors(state, width):
                if s not in seen:
                    seen.add(s)
                    nxt.append(s)
        frontier = nxt
        depth += 1
    return None, len(seen)


def subset_sums(values, target):
    for r in range(1, len(values) + 1):
        for combo in combinations(values, r):
            if sum(combo) == target:
                yield combo


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 6
    for _ in range(n):
        sols = list(queens(7))
        first = list(islice(queens(8), 3))
        depth, explored = bfs((1, 2, 3, 4, 0, 5, 7, 8, 6), (1, 2, 3, 4, 5, 6, 7, 8, 0), 3)
        hard = bfs((4, 1, 3, 7, 2, 6, 0, 5, 8), (1, 2, 3, 4, 5, 6, 7, 8, 0), 3)
        sums = list(subset_sums([3, 34, 4, 12, 5, 2, 9, 17, 23, 8], 30))
    print(len(sols), sols[:2], first)
    print(depth, explored, hard)
    print(len(sums), sums[:4])


main()
