# Keyword arguments at call sites, mixed with positional ones, and their errors.
def box(width, height, fill="#", border=True):
    return "%dx%d fill=%s border=%s" % (width, height, fill, border)

print(box(2, 3))
print(box(2, height=5))
print(box(height=1, width=4))
print(box(1, 1, border=False, fill="."))
print(box(3, 3, "*", False))
def check(label, thunk):
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "TypeError:", e)
check("missing", lambda: box(1))
check("too many", lambda: box(1, 2, 3, 4, 5))
check("unknown", lambda: box(1, 2, color="red"))
check("twice", lambda: box(1, 2, width=3))
check("none", lambda: box())
print(sorted([3, 1, 2], reverse=True), "x".join(["a", "b"]), print("inline", end="|"))
print(int("7", base=8))
