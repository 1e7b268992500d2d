# armjit's dataclasses: @dataclass with field defaults and default factories, generating
# __init__, __repr__, __eq__ (and the orderings with order=True) like CPython's.

_MISSING = object()


class Field:
    def __init__(self, default, default_factory):
        self.default = default
        self.default_factory = default_factory
        self.name = None

    def __repr__(self):
        return "Field(name=%r)" % self.name


def field(*, default=_MISSING, default_factory=_MISSING):
    return Field(default, default_factory)


def fields(obj):
    return tuple(obj.__dataclass_fields__)


def _values(obj, names):
    return tuple(getattr(obj, n) for n in names)


def _process(cls, init, repr_, eq, order):
    annotations = getattr(cls, "__annotations__", {})
    names = list(annotations)
    specs = []
    for name in names:
        default = getattr(cls, name, _MISSING)
        f = default if isinstance(default, Field) else Field(default, _MISSING)
        f.name = name
        if isinstance(default, Field):
            if f.default is _MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        specs.append(f)
    seen_default = False
    for f in specs:
        has_default = f.default is not _MISSING or f.default_factory is not _MISSING
        if seen_default and not has_default:
            raise TypeError("non-default argument '%s' follows default argument" % f.name)
        seen_default = seen_default or has_default
    cls.__dataclass_fields__ = specs
    nfields = len(specs)

    if init:
        def __init__(self, *args, **kwargs):
            if len(args) > nfields:
                raise TypeError("__init__() takes %d positional arguments but %d were given" % (nfields + 1, len(args) + 1))
            for i in range(nfields):
                f = specs[i]
                if i < len(args):
                    value = args[i]
                    if f.name in kwargs:
                        raise TypeError("__init__() got multiple values for argument '%s'" % f.name)
                elif f.name in kwargs:
                    value = kwargs[f.name]
                elif f.default is not _MISSING:
                    value = f.default
                elif f.default_factory is not _MISSING:
                    value = f.default_factory()
                else:
                    raise TypeError("__init__() missing 1 required positional argument: '%s'" % f.name)
                setattr(self, f.name, value)
            for k in kwargs:
                if k not in names:
                    raise TypeError("__init__() got an unexpected keyword argument '%s'" % k)
            post = getattr(self, "__post_init__", None)
            if post is not None:
                post()
        cls.__init__ = __init__

    if repr_:
        def __repr__(self):
            return type(self).__name__ + "(" + ", ".join(
                "%s=%r" % (f.name, getattr(self, f.name)) for f in specs) + ")"
        cls.__repr__ = __repr__

    if eq:
        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return _values(self, names) == _values(other, names)
        cls.__eq__ = __eq__

    if order:
        def __lt__(self, other):
            return _values(self, names) < _values(other, names)

        def __le__(self, other):
            return _values(self, names) <= _values(other, names)

        def __gt__(self, other):
            return _values(self, names) > _values(other, names)

        def __ge__(self, other):
            return _values(self, names) >= _values(other, names)
        cls.__lt__ = __lt__
        cls.__le__ = __le__
        cls.__gt__ = __gt__
        cls.__ge__ = __ge__
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, frozen=False):
    def wrap(c):
        return _process(c, init, repr, eq, order)
    if cls is None:
        return wrap
    return wrap(cls)
