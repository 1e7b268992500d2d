# isinstance against builtin types and bool() on instances of each.
for v in [0, 2, 0.0, 2.0, "", "a", [], [1], (), (1,), {}, {1: 1}, None, True, False, range(0), range(1)]:
    kinds = []
    for t in [int, float, str, list, tuple, dict, bool, range]:
        if isinstance(v, t):
            kinds.append(repr(t)[8:-2])
    print(repr(v), bool(v), kinds)
