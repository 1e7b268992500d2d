# Non-ASCII strings: length in code points, indexing, ord/chr, upper/lower.
s = "naïve café — 日本語 ☃"
print(s, len(s), s[2], s[-1], s[11:14], s[::-1])
print([ord(c) for c in "é日☃"], chr(233), chr(26085), chr(9731), chr(128512))
e = "😀"
print(len(e), ord(e), e * 3, repr(e))
print("ÉCOLE".lower(), "über".upper(), "日本" + "語")
print("café".find("é"), "日本語日本".count("日本"), "a☃b☃c".split("☃"))
