# Dict displays with ** (later keys win, insertion order kept) and dict(**kw)
a = {'x': 1, 'y': 2}
b = {**a, 'k': 1, **{'x': 5}}
print(b)
print({**a}, {'y': 0, **a}, {**a, 'y': 0}, {**{}, **{}})
print(dict(**a), dict(a, z=3), dict(p=1, **a))
def opts(**kw):
    return {'verbose': False, 'size': 3, **kw}
print(opts(), opts(size=9, color='red'))
pairs = [('b', 2), ('a', 1)]
print({**dict(pairs), **{k.upper(): v for k, v in pairs}})
d = {**a, **a}
print(d is a, d == a, len(d))
