class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress

with Ctx("a") as c:
    print("body", c.name)

with Ctx("b", True):
    raise ValueError("boom")
print("after b")

try:
    with Ctx("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", e)

def f():
    with Ctx("d"):
        return 42

print(f())

for i in range(3):
    with Ctx("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("in", i)

with Ctx("x") as x, Ctx("y") as y:
    print(x.name, y.name)

def g():
    for v in [1, 2]:
        with Ctx("g"):
            for w in [3]:
                return v + w

print(g())


with open("stmt_with.tmp.txt", "w") as fh:
    fh.write("line one\n")
    print("second", file=fh)
with open("stmt_with.tmp.txt", "a") as fh:
    fh.writelines(["third\n", "fourth"])
with open("stmt_with.tmp.txt") as fh:
    print(repr(fh.read()))
with open("stmt_with.tmp.txt") as fh:
    for line in fh:
        print(line.rstrip())
with open("stmt_with.tmp.txt") as fh:
    print(fh.readline(), fh.readlines())
import os
os.remove("stmt_with.tmp.txt")
print(os.path.exists("stmt_with.tmp.txt"))
try:
    open("stmt_with.missing.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
except OSError as e:
    print("OSError", e)
