# open() with encoding= (utf-8, latin-1, ascii) and newline=, as the chaos benchmark's PPM writer uses it
import os

name = "io_open_encoding.tmp"
# the failing opens come first: an exception out of a compiled trace of open() that has inlined
# TextIOWrapper.__init__ loses its exception object under --gc-stress (a JIT bug of main, see
# issue 13's note), and this program is about open(), not that
try:
    open(name, encoding="klingon")
except LookupError as e:
    print("LookupError:", e)
try:
    open(name, newline="x")
except ValueError as e:
    print("ValueError:", e)
with open(name, "w", encoding="latin1", newline='') as fp:
    fp.write('P6\n')
    fp.write('%i %i\n%i\n' % (2, 1, 255))
    for c in (0, 255):
        fp.write('%c%c%c' % (c, c, c))
with open(name, encoding="latin-1") as fp:
    text = fp.read()
print(repr(text), len(text), [ord(ch) for ch in text[-6:]])
with open(name, "w", encoding="utf-8") as fp:
    fp.write("caf\u00e9\n")
with open(name, "r", encoding="latin-1") as fp:
    print(repr(fp.read()))
with open(name, "a", encoding="ascii") as fp:
    fp.write("plain\n")
with open(name, encoding="utf-8", newline=None) as fp:
    print(fp.readlines(), fp.encoding)
os.remove(name)
print(os.path.exists(name))
