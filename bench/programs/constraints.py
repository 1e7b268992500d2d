# A constraint solver: variables with finite domains (sets), binary constraints as
# objects, arc consistency (AC-3 with a deque of arcs) and backtracking search with the
# minimum-remaining-values heuristic. Solves map colourings and a cryptarithm-like sum
# puzzle. Size N: repetitions.
import sys
from collections import deque


class Variable:
    def __init__(self, name, domain):
        self.name = name
        self.domain = set(domain)
        self.constraints = []

    @property
    def size(self):
        return len(self.domain)

    def __repr__(self):
        return "Var(%s)" % self.name

    def __lt__(self, other):
        return self.name < other.name


class Constraint:
    def __init__(self, a, b, relation):
        self.a = a
        self.b = b
        self.relation = relation
        a.constraints.append(self)
        b.constraints.append(self)

    def other(self, v):
        return self.b if v is self.a else self.a

    def holds(self, v, x, w, y):
        return self.relation(x, y) if v is self.a else self.relation(y, x)


def revise(c, v):
    w = c.other(v)
    removed = {x for x in v.domain if not any(c.holds(v, x, w, y) for y in w.domain)}
    v.domain -= removed
    return bool(removed)


def ac3(variables):
    queue = deque((c, v) for v in variables for c in v.constraints)
    while queue:
        c, v = queue.popleft()
        if revise(c, v):
            if not v.domain:
                return False
            for c2 in v.constraints:
                if c2 is not c:
                    queue.append((c2, c2.other(v)))
    return True


def consistent(v, x, assignment):
    for c in v.constraints:
        w = c.other(v)
        if w.name in assignment and not c.holds(v, x, w, assignment[w.name]):
            return False
    return True


def solutions(variables, assignment=None):
    assignment = {} if assignment is None else assignment
    if len(assignment) == len(variables):
        yield dict(assignment)
        return
    todo = [v for v in variables if v.name not in assignment]
    v = min(todo, key=lambda u: (u.size, u.name))
    for x in sorted(v.domain):
        if consistent(v, x, assignment):
            assignment[v.name] = x
            yield from solutions(variables, assignment)
            del assignment[v.name]


def colouring(regions, borders, colours):
    vs = {r: Variable(r, colours) for r in regions}
    for a, b in borders:
        Constraint(vs[a], vs[b], lambda x, y: x != y)
    return sorted(vs.values())


def sum_puzzle(n):
    vs = [Variable("x%d" % i, range(1, n + 1)) for i in range(4)]
    Constraint(vs[0], vs[1], lambda x, y: x < y)
    Constraint(vs[1], vs[2], lambda x, y: x + y == n + 2)
    Constraint(vs[2], vs[3], lambda x, y: (x * y) % 3 == 1)
    Constraint(vs[0], vs[3], lambda x, y: x != y)
    return vs


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    regions = ["WA", "NT", "SA", "Q", "NSW", "V", "T", "X", "Y"]
    borders = [("WA", "NT"), ("WA", "SA"), ("NT", "SA"), ("NT", "Q"), ("SA", "Q"), ("SA", "NSW"),
               ("SA", "V"), ("Q", "NSW"), ("NSW", "V"), ("X", "Y"), ("Y", "T"), ("X", "V")]
    for _ in range(n):
        vs = colouring(regions, borders, ["red", "green", "blue"])
        ok = ac3(vs)
        count = sum(1 for _ in solutions(vs))
        first = next(solutions(vs))
        puzzle = sum_puzzle(12)
        ac3(puzzle)
        sols = list(solutions(puzzle))
    print(ok, count, sorted(first.items())[:4])
    print([sorted(v.domain) for v in puzzle])
    print(len(sols), sols[:2])


main()
