# armjit's collections: deque, defaultdict, namedtuple, Counter, OrderedDict.

OrderedDict = dict


class deque:
    def __init__(self, iterable=(), maxlen=None):
        self._items = []
        self.maxlen = maxlen
        for x in iterable:
            self.append(x)

    def append(self, x):
        self._items.append(x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop(0)

    def appendleft(self, x):
        self._items.insert(0, x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop()

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def extend(self, iterable):
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._items = []

    def rotate(self, n=1):
        if self._items:
            n = n % len(self._items)
            if n:
                self._items = self._items[-n:] + self._items[:-n]

    def count(self, x):
        return self._items.count(x)

    def remove(self, x):
        self._items.remove(x)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __contains__(self, x):
        return x in self._items

    def __bool__(self):
        return len(self._items) > 0

    def __eq__(self, other):
        return isinstance(other, deque) and self._items == other._items

    def __repr__(self):
        if self.maxlen is None:
            return "deque(%r)" % (self._items,)
        return "deque(%r, maxlen=%d)" % (self._items, self.maxlen)


class defaultdict:
    def __init__(self, default_factory=None, *args):
        self.default_factory = default_factory
        self._d = dict(*args)

    def __getitem__(self, key):
        d = self._d
        if key in d:
            return d[key]
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        d[key] = value
        return value

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __contains__(self, key):
        return key in self._d

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)

    def __eq__(self, other):
        if isinstance(other, defaultdict):
            return self._d == other._d
        return self._d == other

    def get(self, key, default=None):
        return self._d.get(key, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def pop(self, key, *default):
        return self._d.pop(key, *default)

    def setdefault(self, key, default=None):
        return self._d.setdefault(key, default)

    def update(self, other):
        for k in other:
            self._d[k] = other[k]

    def copy(self):
        r = defaultdict(self.default_factory)
        r._d = dict(self._d)
        return r

    def __repr__(self):
        f = self.default_factory
        name = "None" if f is None else repr(f)
        return "defaultdict(%s, %r)" % (name, self._d)


class Counter:
    def __init__(self, iterable=None):
        self._d = {}
        if iterable is not None:
            self.update(iterable)

    def update(self, iterable):
        d = self._d
        if isinstance(iterable, dict) or isinstance(iterable, Counter):
            for k in iterable:
                d[k] = d.get(k, 0) + iterable[k]
        else:
            for k in iterable:
                d[k] = d.get(k, 0) + 1

    def __getitem__(self, key):
        return self._d.get(key, 0)

    def __setitem__(self, key, value):
        self._d[key] = value

    def __contains__(self, key):
        return key in self._d

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def most_common(self, n=None):
        ordered = sorted(self._d.items(), key=lambda kv: kv[1], reverse=True)
        return ordered if n is None else ordered[:n]

    def __repr__(self):
        if not self._d:
            return "Counter()"
        return "Counter({%s})" % ", ".join("%r: %r" % kv for kv in self.most_common())


def namedtuple(typename, field_names, defaults=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = tuple(field_names)
    nfields = len(fields)
    defaults = tuple(defaults) if defaults is not None else ()

    class _NamedTuple:
        __slots__ = ()
        _fields = fields

        def __init__(self, *args, **kwargs):
            values = list(args)
            if len(values) > nfields:
                raise TypeError("%s() takes %d positional arguments but %d were given"
                                % (typename, nfields + 1, len(values) + 1))
            for name in fields[len(values):]:
                if name in kwargs:
                    values.append(kwargs[name])
                else:
                    i = fields.index(name) - (nfields - len(defaults))
                    if i < 0:
                        raise TypeError("%s() missing required argument: '%s'" % (typename, name))
                    values.append(defaults[i])
            self._values = tuple(values)
            for i in range(nfields):
                setattr(self, fields[i], values[i])

        def __getitem__(self, i):
            return self._values[i]

        def __len__(self):
            return nfields

        def __iter__(self):
            return iter(self._values)

        def __eq__(self, other):
            if isinstance(other, tuple):
                return self._values == other
            return self._values == other._values

        def __lt__(self, other):
            return self._values < tuple(other)

        def __hash__(self):
            return hash(self._values)

        def __repr__(self):
            return typename + "(" + ", ".join(
                "%s=%r" % (fields[i], self._values[i]) for i in range(nfields)) + ")"

        def _asdict(self):
            return {fields[i]: self._values[i] for i in range(nfields)}

        def _replace(self, **kwargs):
            values = [kwargs.get(fields[i], self._values[i]) for i in range(nfields)]
            return _NamedTuple(*values)

    _NamedTuple.__name__ = typename
    return _NamedTuple
