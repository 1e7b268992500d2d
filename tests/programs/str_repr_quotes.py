# repr of strings chooses quotes like CPython and escapes what it must.
tests = ["plain", "it's", 'say "hi"', "both ' and \"", "", "back\\slash", "tab\there", "new\nline",
         "cr\r", "nul\0", "bell\x07", "del\x7f", "é", "snow☃", "\x80", "\u200b", "\ud7ff", "tail'"]
for t in tests:
    print(repr(t), len(t))
print(["it's", 'a"b', "x"])
print(str("it's"), repr(repr("x")))
