# Mutually recursive functions and functions referring to later definitions.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print([is_even(i) for i in range(6)], is_odd(101))
def expr(tokens, pos):
    value, pos = term(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "+-":
        op = tokens[pos]
        rhs, pos = term(tokens, pos + 1)
        value = value + rhs if op == "+" else value - rhs
    return value, pos

def term(tokens, pos):
    value, pos = atom(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "*/":
        op = tokens[pos]
        rhs, pos = atom(tokens, pos + 1)
        value = value * rhs if op == "*" else value // rhs
    return value, pos

def atom(tokens, pos):
    if tokens[pos] == "(":
        value, pos = expr(tokens, pos + 1)
        return value, pos + 1
    return int(tokens[pos]), pos + 1

for src in ["1 + 2 * 3", "( 1 + 2 ) * 3", "10 - 4 - 3", "2 * ( 3 + 4 ) * 5 - 6 / 2"]:
    print(src, "=", expr(src.split(), 0)[0])
