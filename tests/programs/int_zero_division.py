# Division by zero raises ZeroDivisionError with CPython's messages.
def attempt(label, f):
    try:
        print(label, f())
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError:", e)

attempt("1/0", lambda: 1 / 0)
attempt("1//0", lambda: 1 // 0)
attempt("1%0", lambda: 1 % 0)
attempt("divmod", lambda: divmod(5, 0))
attempt("big//0", lambda: (10 ** 30) // 0)
attempt("1.0/0", lambda: 1.0 / 0)
attempt("1/0.0", lambda: 1 / 0.0)
attempt("1.5//0.0", lambda: 1.5 // 0.0)
attempt("1.5%0.0", lambda: 1.5 % 0.0)
attempt("0**-1", lambda: 0 ** -1)
attempt("0.0**-1", lambda: 0.0 ** -1)
attempt("ok", lambda: 0 / 5)
try:
    x = 10
    x //= 0
except ArithmeticError as e:
    print("ArithmeticError caught:", repr(e))
