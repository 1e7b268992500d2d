# strip (with and without chars), upper and lower.
print(repr("  padded  ".strip()), repr("\t\nx y\n ".strip()), repr("".strip()), repr("   ".strip()))
print(repr("xxhixx".strip("x")), repr("abcHELLOcba".strip("abc")), repr("hello".strip("")))
print("Hello World".upper(), "Hello World".lower(), "MiXeD 123 !?".upper(), "ÄÖÜ".lower())
print("already".lower(), "SHOUT".upper(), "".upper())
s = "  Mixed Case Input  "
print("[" + s.strip().lower() + "]")
print("straße".upper(), "ǅ".lower())
