# % formatting: %x %o %c and widths on every conversion.
for n in [0, 7, 8, 15, 16, 255, -255, 4096, 2 ** 40]:
    print("%x|%X|%o|%5x|%8o|%d" % (n, n, n, n, n, n))
print("%c%c%c" % (72, 105, 33), "%c" % "z", "%c" % 955, "[%3c]" % "a")
print("[%5d] [%-5d] [%05d] [%5s] [%-5s] [%5r]" % (42, 42, 42, "ab", "ab", "ab"))
print("[%3d] [%1s] [%8.3f] [%-8.2f] [%08.2f]" % (12345, "long", 3.14159, 2.5, -1.5))
print("[%10s] [%-10s]|" % ("right", "left"))
table = [("apples", 3, 1.5), ("kiwis", 12, 0.25), ("melons", 1, 3.0)]
for name, qty, price in table:
    print("%-8s %4d %7.2f %8.2f" % (name, qty, price, qty * price))
