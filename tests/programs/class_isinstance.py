# isinstance with builtin types, user classes, subclasses and tuples of types.
class A:
    pass
class B(A):
    pass
class C:
    pass
vals = [1, 1.5, True, "s", [1], (1,), {1: 2}, None, A(), B(), C(), range(3)]
for v in vals:
    print(isinstance(v, int), isinstance(v, float), isinstance(v, str), isinstance(v, (list, tuple)),
          isinstance(v, dict), isinstance(v, A), isinstance(v, B), isinstance(v, (C, bool)))
e = ZeroDivisionError("x")
print(isinstance(e, ArithmeticError), isinstance(e, Exception), isinstance(e, ValueError))
print(isinstance(KeyError(), Exception), isinstance(3, range))
