# hex() of ints of every size and sign, and round trips through int(s, 16).
for n in [0, 1, 9, 10, 15, 16, 255, 256, 4095, 65535, 2 ** 31, 2 ** 32 - 1, 2 ** 64, 10 ** 30]:
    h = hex(n)
    print(n, h, hex(-n), int(h, 16) == n)
print(hex(True), hex(False))
print("%x %X %o" % (255, 255, 8))
