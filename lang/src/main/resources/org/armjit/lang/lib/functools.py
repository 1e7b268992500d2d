# armjit's functools: reduce, partial, wraps.

_MISSING = object()


def reduce(function, iterable, initial=_MISSING):
    it = iter(iterable)
    if initial is _MISSING:
        value = next(it, _MISSING)
        if value is _MISSING:
            raise TypeError("reduce() of empty iterable with no initial value")
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __init__(self, func, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        kw = dict(self.keywords)
        for k in keywords:
            kw[k] = keywords[k]
        return self.func(*self.args, *args, **kw)


def wraps(wrapped):
    def decorator(wrapper):
        return wrapper
    return decorator
