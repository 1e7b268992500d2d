# A board-game player in the style of the Monte-Carlo Go benchmark: random playouts on a
# small board with liberties kept in sets, captures by flood fill, and a move chooser
# that scores each candidate by the outcome of several playouts. Size N: games played.
import random
import sys

SIZE = 7
EMPTY, BLACK, WHITE = 0, 1, 2


def neighbours(pos):
    x, y = divmod(pos, SIZE)
    if x > 0:
        yield pos - SIZE
    if x < SIZE - 1:
        yield pos + SIZE
    if y > 0:
        yield pos - 1
    if y < SIZE - 1:
        yield pos + 1


NEIGHBOURS = [tuple(neighbours(p)) for p in range(SIZE * SIZE)]


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (SIZE * SIZE)
        self.empty = set(range(SIZE * SIZE))
        self.captured = {BLACK: 0, WHITE: 0}

    def copy(self):
        b = Board()
        b.cells = self.cells[:]
        b.empty = set(self.empty)
        b.captured = dict(self.captured)
        return b

    def group(self, pos):
        colour = self.cells[pos]
        stones, liberties = {pos}, set()
        todo = [pos]
        while todo:
            p = todo.pop()
            for q in NEIGHBOURS[p]:
                c = self.cells[q]
                if c == EMPTY:
                    liberties.add(q)
                elif c == colour and q not in stones:
                    stones.add(q)
                    todo.append(q)
        return stones, liberties

    def legal(self, pos, colour):
        if self.cells[pos] != EMPTY:
            return False
        for q in NEIGHBOURS[pos]:
            if self.cells[q] == EMPTY:
                return True
        self.cells[pos] = colour
        ok = len(self.group(pos)[1]) > 0 or any(
            self.cells[q] == 3 - colour and not self.group(q)[1] for q in NEIGHBOURS[pos])
        self.cells[pos] = EMPTY
        return ok

    def play(self, pos, colour):
        self.cells[pos] = colour
        self.empty.discard(pos)
        enemy = 3 - colour
        for q in NEIGHBOURS[pos]:
            if self.cells[q] == enemy:
                stones, libs = self.group(q)
                if not libs:
                    for s in stones:
                        self.cells[s] = EMPTY
                    self.empty |= stones
                    self.captured[colour] += len(stones)

    def moves(self, colour):
        return sorted(p for p in self.empty if self.legal(p, colour) and not self.own_eye(p, colour))

    def own_eye(self, pos, colour):
        return all(self.cells[q] == colour for q in NEIGHBOURS[pos])

    def score(self):
        black = self.cells.count(BLACK) + self.captured[BLACK]
        white = self.cells.count(WHITE) + self.captured[WHITE]
        for p in self.empty:
            owners = {self.cells[q] for q in NEIGHBOURS[p]} - {EMPTY}
            if owners == {BLACK}:
                black += 1
            elif owners == {WHITE}:
                white += 1
        return black - white


def playout(board, colour, rng):
    passes = 0
    turns = 0
    while passes < 2 and turns < 120:
        moves = board.moves(colour)
        if moves:
            board.play(rng.choice(moves), colour)
            passes = 0
        else:
            passes += 1
        colour = 3 - colour
        turns += 1
    return board.score()


def choose(board, colour, rng, tries):
    best, best_score = None, None
    for move in board.moves(colour)[:6]:
        total = 0
        for _ in range(tries):
            b = board.copy()
            b.play(move, colour)
            s = playout(b, 3 - colour, rng)
            total += s if colour == BLACK else -s
        if best_score is None or total > best_score:
            best, best_score = move, total
    return best


def game(rng):
    board = Board()
    colour = BLACK
    history = []
    for _ in range(10):
        move = choose(board, colour, rng, 1)
        if move is None:
            break
        board.play(move, colour)
        history.append(move)
        colour = 3 - colour
    return board.score(), history


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    random.seed(1234)
    rng = random.Random(42)
    results = []
    for _ in range(n):
        score, history = game(rng)
        results.append(score)
    print("first game moves", history[:6])
    print("scores", results)
    print("check", sum(results), random.randint(1, 10 ** 12), random.random())


main()
