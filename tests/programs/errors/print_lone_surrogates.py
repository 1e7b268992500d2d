# Lone surrogates cannot be written to UTF-8 standard output: UnicodeEncodeError, what was
# written before stays written. (A pair of surrogate escapes is one astral character in armjit,
# two code points in CPython: not tested.)
import sys
for s in ("\ud800", "a\udc00b", "xy\udc01\udc02\udfffz", "ok\U0001F600"):
    try:
        print("pre", s, "post")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)
try:
    sys.stdout.write("w\udfff\udfffz\n")
except UnicodeError as e:
    print(type(e).__name__, e)
print("last", "\udc80")
