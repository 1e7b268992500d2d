# join and split, including separators, maxsplit and whitespace splitting.
words = ["alpha", "beta", "gamma"]
print(", ".join(words), "".join(words), "-".join([]), "|".join(["one"]), " ".join("abc"))
print("a,b,,c".split(","), "a b  c".split(" "), "  a b  c  ".split(), "".split(), "".split(","))
print("one two three four".split(" ", 1), "a:b:c:d".split(":", 2), "a:b".split(":", 0))
print("line1\nline2\n\nline4".split("\n"), "tab\tsep\tvalues".split("\t"))
print(" \t\n lots   of\twhite\nspace \n".split())
print("abcabc".split("bc"), "aaa".split("a"), "x".split("xyz"))
print(",".join([str(i) for i in range(5)]))
try:
    "x".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ", ".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
