# startswith / endswith, with tuples of prefixes.
names = ["test_one.py", "main.java", "Test_two.py", "readme", "tests.txt"]
for n in names:
    print(n, n.startswith("test"), n.endswith(".py"), n.endswith((".py", ".txt")), n.startswith(("R", "r")))
print("".startswith(""), "abc".startswith(""), "abc".endswith("abc"), "abc".endswith("abcd"))
print("hello".startswith("ell", 1), "hello".endswith("ell", 0, 4))
