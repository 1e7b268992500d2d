from enum import Enum


class Kind(Enum):
    BIG = 1
    SMALL = 2


print(Kind(2))
print(Kind(3))
