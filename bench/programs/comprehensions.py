# Comprehensions over records, in the style of pyperformance's comprehensions benchmark: an
# Enum of kinds, a dataclass of widgets, and list/dict/set comprehensions, generator
# expressions, nested comprehensions and grouping.  Size N: rounds over 400 widgets.
import sys
from dataclasses import dataclass, field
from enum import Enum
from typing import List, Optional


class Kind(Enum):
    BIG = 1
    SMALL = 2
    ROUND = 3
    SQUARE = 4


@dataclass
class Widget:
    id: int
    kind: Kind
    weight: float
    parent: Optional[int] = None
    tags: List[str] = field(default_factory=list)


@dataclass
class Tray:
    owner: str
    widgets: List[Widget] = field(default_factory=list)

    def heavy(self, limit):
        return [w for w in self.widgets if w.weight > limit]


def make_widgets(n, seed):
    kinds = list(Kind)
    widgets = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        kind = kinds[(x >> 16) % len(kinds)]
        weight = (x >> 8) % 1000 / 10.0
        parent = i // 3 if i % 3 else None
        tags = ["t%d" % ((x >> 12) % 7), "t%d" % ((x >> 9) % 5)] if (x >> 20) % 2 else []
        widgets.append(Widget(i, kind, weight, parent, tags))
    return widgets


def round_of(widgets, r):
    by_id = {w.id: w for w in widgets}
    by_kind = {k: [w for w in widgets if w.kind is k] for k in Kind}
    kind_weight = {k.name: round(sum(w.weight for w in ws), 1) for k, ws in by_kind.items()}
    tags = {t for w in widgets for t in w.tags}
    children = {}
    for w in widgets:
        if w.parent is not None:
            children.setdefault(w.parent, []).append(w.id)
    roots = [w for w in widgets if w.parent is None and w.id in children]
    depth_two = [(p.id, c) for p in roots for c in children[p.id] if by_id[c].kind in (Kind.BIG, Kind.ROUND)]
    trays = [Tray("owner%d" % i, [w for w in widgets if w.id % 8 == i]) for i in range(8)]
    heavy = [len(t.heavy(50.0 + r % 10)) for t in trays]
    pairs = sum(1 for a, b in zip(widgets, widgets[1:]) if a.kind == b.kind)
    matrix = [[(i * j + r) % 7 for j in range(12)] for i in range(12)]
    transposed = [[row[i] for row in matrix] for i in range(12)]
    diag = sum(transposed[i][i] for i in range(12))
    square_ids = sorted((w.id for w in widgets if w.kind == Kind.SQUARE and w.weight < 30), reverse=True)[:5]
    flags = (any(w.weight > 99 for w in widgets), all(w.weight >= 0 for w in widgets))
    tagged = {t: sorted({w.kind.value for w in widgets if t in w.tags}) for t in sorted(tags)}
    return (kind_weight, len(tags), len(roots), len(depth_two), heavy, pairs, diag, square_ids, flags, tagged)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    widgets = make_widgets(400, 7)
    result = None
    check = 0
    for r in range(n):
        result = round_of(widgets, r)
        check = (check * 31 + result[2] + result[3] + sum(result[4]) + result[5] + result[6]) % 1000003
    kind_weight, ntags, nroots, ndepth, heavy, pairs, diag, square_ids, flags, tagged = result
    print(kind_weight)
    print(ntags, nroots, ndepth, heavy, pairs, diag, square_ids, flags)
    print(tagged)
    print(widgets[5], Kind(2), repr(Kind.ROUND))
    print(check)


main()
