# A bool passed as an argument sits boxed in the trace: comparing it with an int or a float
# must not crash the recorder (found by the random-program differential test, seed 81 of v2).
def le_one(p):
    return 1 <= p

def lt_self(p):
    return p < p

def lt_float(p):
    return p < 2.5

def eq_one(p):
    return p == 1

def sub_le(p):
    return 2 - sum([1]) <= p

for i in range(300):
    for arg in (True, False, i, i % 3 == 0):
        r = (le_one(arg), lt_self(arg), lt_float(arg), eq_one(arg), sub_le(arg))
        if i % 97 == 0:
            print(i, arg, r)
print("done")
