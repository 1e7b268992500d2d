# OverflowError from float operations and conversions.
import math
def show(label, f):
    try:
        print(label, f())
    except OverflowError as e:
        print(label, "OverflowError:", e)
show("float pow", lambda: 10.0 ** 400)
show("int to float", lambda: float(10 ** 400))
show("true div", lambda: 10 ** 400 / 3)
show("mixed add", lambda: 10 ** 400 + 1.5)
show("math.exp", lambda: math.exp(1000))
show("math.pow", lambda: math.pow(10, 400))
show("inf to int", lambda: int(float("inf")))
show("ok int pow", lambda: len(str(10 ** 400)))
show("mul inf", lambda: 1e300 * 1e300)
