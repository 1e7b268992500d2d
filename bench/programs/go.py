# A Go player in the style of the go benchmark: a board of Square objects whose groups are
# kept with union-find references, an empty-point set with O(1) removal, Zobrist hashes in
# a set for the positional superko rule, and a UCT search over seeded random playouts.
# Size N: number of moves searched (each with a fixed number of playouts).
import sys
import random

SIZE = 9
EMPTY, WHITE, BLACK = 0, 1, 2
KOMI = 7.5
PLAYOUTS = 150
MAXMOVES = SIZE * SIZE * 3

rng = random.Random(11)


class Square:
    def __init__(self, board, pos):
        self.board = board
        self.pos = pos
        self.color = EMPTY
        self.timestamp = -1
        self.removestamp = -1
        self.zobrist = [rng.randrange(1 << 62) for _ in range(3)]
        self.neighbours = []
        self.reference = self
        self.ledges = 0
        self.used = False
        self.members = 1

    def set_neighbours(self):
        x, y = self.pos % SIZE, self.pos // SIZE
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < SIZE and 0 <= ny < SIZE:
                self.neighbours.append(self.board.squares[nx + ny * SIZE])

    def find(self, update=False):
        ref = self.reference
        if ref.pos != self.pos:
            ref = ref.find(update)
            if update:
                self.reference = ref
        return ref

    def move(self, color):
        board = self.board
        board.time += 1
        board.zobrist.update(self, color)
        self.color = color
        self.reference = self
        self.ledges = 0
        self.members = 1
        self.used = True
        board.atari = None
        for nb in self.neighbours:
            ncolor = nb.color
            if ncolor == EMPTY:
                self.ledges += 1
            else:
                ref = nb.find(update=True)
                if ncolor == color:
                    if ref.reference.pos != self.pos:
                        self.members += ref.members
                        ref.reference = self
                        self.ledges += ref.ledges
                    self.ledges -= 1
                else:
                    ref.ledges -= 1
                    if ref.ledges == 0:
                        nb.remove(ref)
        board.zobrist.add()

    def remove(self, reference, update=True):
        board = self.board
        board.zobrist.update(self, EMPTY)
        self.removestamp = board.time
        if update:
            self.color = EMPTY
            board.emptyset.add(self.pos)
        for nb in self.neighbours:
            if nb.color != EMPTY and nb.removestamp != board.time:
                ref = nb.find(update)
                if ref.pos == reference.pos:
                    nb.remove(reference, update)
                elif update:
                    ref.ledges += 1


class EmptySet:
    def __init__(self, board):
        self.board = board
        self.empties = list(range(SIZE * SIZE))
        self.where = list(range(SIZE * SIZE))

    def random_choice(self):
        choices = len(self.empties)
        while choices:
            i = int(rng.random() * choices)
            pos = self.empties[i]
            if self.board.useful(pos):
                return pos
            choices -= 1
            self.set(i, self.empties[choices])
            self.set(choices, pos)
        return None

    def add(self, pos):
        self.where[pos] = len(self.empties)
        self.empties.append(pos)

    def remove(self, pos):
        self.set(self.where[pos], self.empties[-1])
        self.empties.pop()

    def set(self, i, pos):
        self.empties[i] = pos
        self.where[pos] = i


class ZobristHash:
    def __init__(self, board):
        self.board = board
        self.seen = set()
        self.hash = 0
        for square in board.squares:
            self.hash ^= square.zobrist[EMPTY]
        self.seen.add(self.hash)

    def update(self, square, color):
        self.hash ^= square.zobrist[square.color]
        self.hash ^= square.zobrist[color]

    def add(self):
        self.seen.add(self.hash)

    def dupe(self):
        return self.hash in self.seen


class Board:
    def __init__(self):
        self.squares = [Square(self, pos) for pos in range(SIZE * SIZE)]
        for square in self.squares:
            square.set_neighbours()
        self.time = 0  # never reset: the stamps of old games must not match
        self.reset()

    def reset(self):
        for square in self.squares:
            square.color = EMPTY
            square.used = False
        self.emptyset = EmptySet(self)
        self.zobrist = ZobristHash(self)
        self.color = BLACK
        self.finished = False
        self.lastmove = -2
        self.history = []
        self.white_dead = 0
        self.black_dead = 0
        self.atari = None

    def move(self, pos):
        square = self.squares[pos]
        if pos != -1:
            square.move(self.color)
            self.emptyset.remove(square.pos)
        elif self.lastmove == -1:
            self.finished = True
        self.color = BLACK if self.color == WHITE else WHITE
        self.lastmove = pos
        self.history.append(pos)

    def random_move(self):
        return self.emptyset.random_choice()

    def useful_fast(self, square):
        if not square.used:
            for nb in square.neighbours:
                if nb.color == EMPTY:
                    return True
        return False

    def useful(self, pos):
        square = self.squares[pos]
        if self.useful_fast(square):
            return True
        old_hash = self.zobrist.hash
        self.zobrist.update(square, self.color)
        empties = opps = weak_opps = neighs = weak_neighs = 0
        for nb in square.neighbours:
            ncolor = nb.color
            if ncolor == EMPTY:
                empties += 1
                continue
            nb.timestamp = self.time
            ref = nb.find()
            ref.timestamp = self.time
            liberties = ref.ledges
            if ncolor == self.color:
                neighs += 1
            else:
                opps += 1
            if liberties == 1:
                if ncolor == self.color:
                    weak_neighs += 1
                else:
                    weak_opps += 1
                    ref.remove(ref, update=False)
        dupe = self.zobrist.dupe()
        self.zobrist.hash = old_hash
        strong_neighs = neighs - weak_neighs
        strong_opps = opps - weak_opps
        return not dupe and (empties or weak_opps or (strong_neighs and (strong_opps or weak_neighs)))

    def useful_moves(self):
        return [pos for pos in self.emptyset.empties if self.useful(pos)]

    def replay(self, history):
        for pos in history:
            self.move(pos)

    def score(self, color):
        if color == WHITE:
            count = KOMI + self.black_dead
        else:
            count = self.white_dead
        for square in self.squares:
            scolor = square.color
            if scolor == color:
                count += 1
            elif scolor == EMPTY:
                surround = 0
                for nb in square.neighbours:
                    if nb.color == color:
                        surround += 1
                if surround == len(square.neighbours):
                    count += 1
        return count

    def __str__(self):
        rows = []
        for y in range(SIZE):
            rows.append(" ".join(".OX"[self.squares[x + y * SIZE].color] for x in range(SIZE)))
        return "\n".join(rows)


class UCTNode:
    def __init__(self):
        self.bestchild = None
        self.pos = -1
        self.wins = 0
        self.losses = 0
        self.pos_child = [None] * (SIZE * SIZE)
        self.parent = None
        self.unexplored = None

    def play(self, board):
        color = board.color
        node = self
        path = [node]
        while True:
            pos = node.select(board)
            if pos == -1:
                break
            board.move(pos)
            child = node.pos_child[pos]
            if not child:
                child = node.pos_child[pos] = UCTNode()
                child.unexplored = board.useful_moves()
                child.pos = pos
                child.parent = node
                path.append(child)
                break
            path.append(child)
            node = child
        self.random_playout(board)
        self.update_path(board, color, path)

    def select(self, board):
        if self.unexplored:
            i = rng.randrange(len(self.unexplored))
            pos = self.unexplored[i]
            self.unexplored[i] = self.unexplored[-1]
            self.unexplored.pop()
            return pos
        elif self.bestchild:
            return self.bestchild.pos
        return -1

    def random_playout(self, board):
        for _ in range(MAXMOVES):
            if board.finished:
                break
            pos = board.random_move()
            board.move(-1 if pos is None else pos)

    def update_path(self, board, color, path):
        wins = board.score(BLACK) >= board.score(WHITE)
        for node in path:
            if color == BLACK:
                color = WHITE
            else:
                color = BLACK
            if wins == (color == BLACK):
                node.wins += 1
            else:
                node.losses += 1
            if node.parent:
                node.parent.bestchild = node.parent.best_child()

    def score(self):
        winrate = self.wins / float(self.wins + self.losses)
        parentvisits = self.parent.wins + self.parent.losses
        if not parentvisits:
            return winrate
        nodevisits = self.wins + self.losses
        return winrate + ((parentvisits ** 0.5) / (5 * nodevisits)) ** 0.5

    def best_child(self):
        maxscore = -1
        maxchild = None
        for child in self.pos_child:
            if child and child.score() > maxscore:
                maxchild = child
                maxscore = child.score()
        return maxchild

    def best_visited(self):
        maxvisits = -1
        maxchild = None
        for child in self.pos_child:
            if child and (child.wins + child.losses) > maxvisits:
                maxvisits, maxchild = (child.wins + child.losses), child
        return maxchild


def computer_move(board):
    pos = board.random_move()
    if pos is None:
        return -1
    tree = UCTNode()
    tree.unexplored = board.useful_moves()
    nboard = Board()
    for _ in range(PLAYOUTS):
        node = tree
        nboard.reset()
        nboard.replay(board.history)
        node.play(nboard)
    best = tree.best_visited()
    return best.pos if best else -1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    board = Board()
    moves = []
    for _ in range(n):
        pos = computer_move(board)
        moves.append(pos)
        board.move(pos)
        if board.finished:
            break
    print(moves)
    print(board)
    print(board.score(BLACK), board.score(WHITE), len(board.zobrist.seen), len(board.emptyset.empties))


main()
