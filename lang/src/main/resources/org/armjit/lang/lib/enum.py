# armjit's enum: Enum with members, iteration over the class, lookup by value (Color(1)) and
# by name (Color['RED']), auto(), unique, and CPython 3.11's repr/str.
#
# CPython builds this on a metaclass (EnumType). armjit has no metaclasses: a subclass of Enum
# is turned into an enumeration by Enum.__init_subclass__, and the operations on the class
# object itself go through the class-level hooks __armjit_meta_<op>__ that the VM consults
# (calling the class, iterating it, len, `in` and repr); Color['RED'] is __class_getitem__.

_auto_null = object()


class auto:
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_descriptor(v):
    return isinstance(v, (staticmethod, classmethod, property)) or callable(v) and not isinstance(v, auto)


class Enum:
    _member_names_ = []
    _member_map_ = {}
    _value2member_map_ = {}

    def __init_subclass__(cls):
        ns = cls.__dict__
        candidates = []
        for key in list(ns):
            value = ns[key]
            if key[:1] == "_" or _is_descriptor(value):
                continue
            candidates.append((key, value))
        if candidates:
            base = cls.__base__
            if base is not Enum and base._member_names_:
                raise TypeError("%s: cannot extend %r" % (cls.__name__, base))
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        cls._member_list_ = []
        last = 0
        for key, value in candidates:
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = cls._generate_next_value_(key, 1, len(cls._member_list_), [m._value_ for m in cls._member_list_])
                value = value.value
            alias = None
            for m in cls._member_list_:
                if m._value_ == value:
                    alias = m
                    break
            if alias is not None:
                cls._member_map_[key] = alias
                setattr(cls, key, alias)
                continue
            member = object.__new__(cls)
            member._name_ = key
            member._value_ = value
            member.name = key
            member.value = value
            init = cls.__dict__.get("__init__")
            if init is not None:
                if isinstance(value, tuple):
                    init(member, *value)
                else:
                    init(member, value)
            cls._member_names_.append(key)
            cls._member_map_[key] = member
            cls._member_list_.append(member)
            try:
                cls._value2member_map_[value] = member
            except TypeError:
                pass
            setattr(cls, key, member)
        cls.__members__ = dict(cls._member_map_)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    def __armjit_meta_call__(cls, value):
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in cls._member_list_:
            if m._value_ == value:
                return m
        missing = cls._missing_(value)
        if missing is not None:
            return missing
        raise ValueError("%r is not a valid %s" % (value, cls.__name__))

    @classmethod
    def _missing_(cls, value):
        return None

    def __armjit_meta_iter__(cls):
        return iter(cls._member_list_)

    def __armjit_meta_len__(cls):
        return len(cls._member_list_)

    def __armjit_meta_contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and 'EnumType'" % type(member).__name__)
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __armjit_meta_repr__(cls):
        return "<enum %r>" % cls.__name__

    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __hash__(self):
        return hash(self._name_)

    def __reduce__(self):
        return (type(self), (self._value_,))


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        details = ", ".join(["%s -> %s" % (alias, name) for alias, name in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration
