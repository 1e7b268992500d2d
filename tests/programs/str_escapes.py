# String literal escapes.
print("a\tb", "c\\d", 'e\'f', "g\"h", "i\x41j", "k\u00e9l", "m\u263An", "o\0p" == "o\x00p")
print(len("\n\t\r\\\'\"\x00\0"), ord("\n"), ord("\t"), ord("\r"), ord("\0"), ord("\x7f"))
print("line1\nline2")
print("col1\tcol2\tcol3")
print("\x48\x65\x6c\x6c\x6f", "\u0041\u0042")
print(repr("\r\n"), repr("\x1b[0m"))
print("not an escape: \d \w".replace("\\", "/"))
