# A reverse-Polish calculator with error handling per expression.
class CalcError(Exception):
    pass
def evaluate(expr):
    stack = []
    for tok in expr.split():
        if tok in ("+", "-", "*", "/", "^"):
            if len(stack) < 2:
                raise CalcError("stack underflow at %r" % tok)
            b = stack.pop()
            a = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            elif tok == "*":
                stack.append(a * b)
            elif tok == "/":
                stack.append(a / b)
            else:
                stack.append(a ** b)
        elif tok == "dup":
            stack.append(stack[-1])
        else:
            try:
                stack.append(int(tok))
            except ValueError:
                stack.append(float(tok))
    if len(stack) != 1:
        raise CalcError("%d values left" % len(stack))
    return stack[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 ^", "1 3 /", "2.5 dup *", "1 +", "1 2", "4 0 /", "x 1 +", "2 0.5 ^"]:
    try:
        print("%-20s = %r" % (e, evaluate(e)))
    except CalcError as err:
        print("%-20s ! %s" % (e, err))
    except ZeroDivisionError as err:
        print("%-20s ! division: %s" % (e, err))
    except ValueError as err:
        print("%-20s ! bad token: %s" % (e, err))
