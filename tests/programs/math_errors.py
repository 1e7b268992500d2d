# Domain and range errors from math functions.
import math
def show(label, f):
    try:
        print(label, f())
    except ValueError as e:
        print(label, "ValueError:", e)
    except OverflowError as e:
        print(label, "OverflowError:", e)
show("sqrt(-1)", lambda: math.sqrt(-1))
show("log(0)", lambda: math.log(0))
show("log(-1)", lambda: math.log(-1))
show("log10(-5)", lambda: math.log10(-5))
show("asin(2)", lambda: math.asin(2))
show("acos(-1.5)", lambda: math.acos(-1.5))
show("exp(1000)", lambda: math.exp(1000))
show("exp(-1000)", lambda: math.exp(-1000))
show("floor(inf)", lambda: math.floor(math.inf))
show("ceil(nan)", lambda: math.ceil(math.nan))
show("pow(0,-1)", lambda: math.pow(0, -1))
show("sin(inf)", lambda: math.sin(math.inf))
