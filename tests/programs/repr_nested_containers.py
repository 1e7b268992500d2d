# str/repr of nested containers: lists, tuples, dicts, with strings inside.
data = [1, [2, [3, [4, []]]], (5, (6,), ()), {"a": [1, {"b": (2, "c")}]}, "it's", 'q"uote']
print(data)
print(repr(data) == str(data))
print((1,), (), ((),), [()], [[]], {}, {(): []}, {1: {2: {3: {}}}})
print({"x": 1.5, 2: None, (1, "t"): True, None: -0.0, 3.5: "float key"})
print([["a", "b"], ("c",), {"d": "e"}], str(["\n", "\t"]))
t = (1, "two", 3.0, [4], (5,), {6: 7}, None, False)
print(t, len(t))
print(str((1, 2)), repr([1.0, 2.5e-10, 1e+16]))
