# armjit's array: typed arrays ('b' 'B' 'i' 'l' 'd') kept in a list, with CPython's
# range checks, indexing, slicing, repetition and repr.

_LIMITS = {"b": (-128, 127), "B": (0, 255), "i": (-2 ** 31, 2 ** 31 - 1), "l": (-2 ** 63, 2 ** 63 - 1)}
typecodes = "bBild"


class array:
    def __init__(self, typecode, initializer=()):
        if typecode not in ("b", "B", "i", "l", "d"):
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self.typecode = typecode
        self._items = []
        self.extend(initializer)

    def _check(self, v):
        if self.typecode == "d":
            if not isinstance(v, (int, float)):
                raise TypeError("must be real number, not %s" % type(v).__name__)
            return float(v)
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
        lo, hi = _LIMITS[self.typecode]
        if v < lo:
            raise OverflowError("signed char is less than minimum" if self.typecode == "b"
                                else "unsigned byte integer is less than minimum" if self.typecode == "B"
                                else "signed integer is less than minimum")
        if v > hi:
            raise OverflowError("signed char is greater than maximum" if self.typecode == "b"
                                else "unsigned byte integer is greater than maximum" if self.typecode == "B"
                                else "signed integer is greater than maximum")
        return v

    def append(self, v):
        self._items.append(self._check(v))

    def extend(self, iterable):
        check = self._check
        items = self._items
        for v in iterable:
            items.append(check(v))

    def tolist(self):
        return list(self._items)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return array(self.typecode, self._items[i])
        return self._items[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            self._items[i] = [self._check(x) for x in v]
        else:
            self._items[i] = self._check(v)

    def __mul__(self, n):
        return array(self.typecode, self._items * n)

    __rmul__ = __mul__

    def __add__(self, other):
        return array(self.typecode, self._items + other._items)

    def __eq__(self, other):
        return isinstance(other, array) and self._items == other._items

    def __contains__(self, v):
        return v in self._items

    def index(self, v):
        return self._items.index(v)

    def count(self, v):
        return self._items.count(v)

    def pop(self, i=-1):
        return self._items.pop(i)

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self.typecode
        return "array('%s', %r)" % (self.typecode, self._items)
