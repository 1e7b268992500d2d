# find, count and replace.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.find(""), s.find("dog", 0, 10), s.find("o", 15))
print(s.count("o"), s.count("the"), s.count(""), s.count("xyz"), "aaaa".count("aa"), s.count("o", 20))
print(s.replace("the", "a"), s.replace("o", "0", 2), s.replace(" ", ""), s.replace("xyz", "!"))
print("aaa".replace("a", "aa"), "abc".replace("", "-"), "banana".replace("ana", "_"))
print("mississippi".find("ss"), "mississippi".find("ss", 3), "mississippi".find("ss", 6), "mississippi".count("ss"))
