# chr, ord and hex, round trips over ASCII and beyond.
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(chr(65), chr(97), chr(48), repr(chr(10)), chr(233), chr(8364), chr(128512), repr(chr(0)))
print("".join([chr(ord(c) + 1) for c in "HAL"]))
print([chr(i) for i in range(ord("a"), ord("f"))])
print(hex(0), hex(255), hex(-255), hex(2 ** 64), hex(65535), hex(True))
def caesar(text, k):
    out = ""
    for c in text:
        if "a" <= c <= "z":
            out += chr((ord(c) - ord("a") + k) % 26 + ord("a"))
        else:
            out += c
    return out
print(caesar("hello, world", 3), caesar(caesar("hello, world", 3), -3))
