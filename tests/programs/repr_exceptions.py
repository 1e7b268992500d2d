# str and repr of exception instances with zero, one and several arguments.
for e in [ValueError(), ValueError("msg"), ValueError("a", 1), KeyError("key"), KeyError(3), KeyError(),
          TypeError("t"), IndexError("list index out of range"), AssertionError(), AssertionError("why"),
          RecursionError("deep"), StopIteration(), StopIteration(5), OverflowError("big"), NameError("n"),
          AttributeError("attr"), MemoryError(), ArithmeticError("arith")]:
    print("str:", str(e), "| repr:", repr(e))
class MyError(Exception):
    pass
print(str(MyError("custom")), repr(MyError("custom")), repr(MyError()))
