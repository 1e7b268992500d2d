foo = 1
def f(counter):
    try:
        return countr
    except NameError as e:
        print("caught", e)
f(1)
def g():
    value = 3
    return valeu
try:
    g()
except NameError as e:
    print(e)
print(lenn if False else 1)
try:
    print(Foo)
except NameError as e:
    print(e)
prnt(foo)
