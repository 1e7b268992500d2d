from __future__ import annotations
import sys
import time
import io
from typing import List, Dict, Optional
from dataclasses import dataclass, field
from array import array

t0 = time.perf_counter()
t1 = time.time()
print(type(t0).__name__, t1 > 1e9)
sys.stdout.write("written\n")
print("to stdout", file=sys.stdout)
buf = io.StringIO()
print("hello", 42, file=buf)
buf.write("more\n")
print(repr(buf.getvalue()))


def total(xs: List[int], scale: Optional[float] = None) -> int:
    return sum(xs)


print(total([1, 2, 3]))


@dataclass
class Item:
    name: str
    price: float = 1.0
    tags: list = field(default_factory=list)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


i = Item("pen")
i.tags.append("office")
print(i, Item("book", 9.5), i == Item("pen", 1.0, ["office"]), i != Item("pen"))
print(sorted([Version(2, 1), Version(1, 5), Version(2)]), Version(1) < Version(1, 1))
a = array("d", [1.0, 2.5])
a.append(3)
b = array("i", range(5))
print(a, b[1:3], len(b * 2), b[-1], sum(b), a.tolist())
print(array("b", [1, -2]), array("B"))
try:
    array("B", [256])
except OverflowError as e:
    print("OverflowError:", e)
