# armjit's typing: names that annotations use; they do nothing.


class _Alias:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        return args[0] if args else None

    def __repr__(self):
        return "typing." + self._name


Any = _Alias("Any")
List = _Alias("List")
Dict = _Alias("Dict")
Tuple = _Alias("Tuple")
Set = _Alias("Set")
FrozenSet = _Alias("FrozenSet")
Optional = _Alias("Optional")
Union = _Alias("Union")
Callable = _Alias("Callable")
Iterable = _Alias("Iterable")
Iterator = _Alias("Iterator")
Generator = _Alias("Generator")
Sequence = _Alias("Sequence")
Mapping = _Alias("Mapping")
Type = _Alias("Type")
ClassVar = _Alias("ClassVar")
Final = _Alias("Final")
NamedTuple = _Alias("NamedTuple")
TYPE_CHECKING = False


def TypeVar(name, *constraints, **kwargs):
    return _Alias(name)


def cast(typ, value):
    return value


def overload(func):
    return func
