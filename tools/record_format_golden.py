#!/usr/bin/env python3
"""Records CPython 3.11's formatting and number-text behaviour as golden data for
lang/src/test/java/org/armjit/lang/format (the tests read the files this writes under
lang/src/test/resources/format/). Deterministic: a fixed seed, so rerunning reproduces
the committed files byte for byte.

Usage: python3 tools/record_format_golden.py [section ...]   (default: all sections)

Text encoding of the case files (one case per line, fields separated by tabs):
values are typed tokens
    i:<decimal int>   f:<16 hex digits of the IEEE bits>   s:<escaped str>
    b:True|b:False    n:None    o:<type name>|<escaped str()>|<escaped repr()>
    m:<key>=<token>;...  (a mapping, for '%(name)s'; keys escaped)
results are  =<escaped text>  or  !<ExceptionType>: <escaped message>
escaping: backslash, tab, newline, ';', '|', '=' and non-ASCII are written as \\uXXXX.
"""
import gzip
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "record with CPython 3.11"

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lang", "src", "test", "resources", "format")


def esc(s):
    out = []
    for ch in s:
        if ch in "\\\t\n\r;|=" or not (32 <= ord(ch) < 127):
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


class Other:
    """An object of a user class with given str() and repr()."""

    def __init__(self, name, s, r):
        self.name, self.s, self.r = name, s, r

    def __str__(self):
        return self.s

    def __repr__(self):
        return self.r

    def __format__(self, spec):
        return format(self.s, spec)


def token(v):
    if isinstance(v, bool):
        return "b:%s" % v
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, float):
        return "f:" + bits(v)
    if isinstance(v, str):
        return "s:" + esc(v)
    if v is None:
        return "n:None"
    if isinstance(v, Other):
        return "o:%s|%s|%s" % (v.name, esc(v.s), esc(v.r))
    if isinstance(v, dict):
        return "m:" + ";".join("%s=%s" % (esc(k), token(x)) for k, x in v.items())
    raise TypeError(v)


def outcome(fn):
    try:
        return "=" + esc(fn())
    except Exception as e:  # the exception's type and message are the golden data
        return "!%s: %s" % (type(e).__name__, esc(str(e)))


def write(name, lines):
    path = os.path.join(OUT, name)
    data = ("\n".join(lines) + "\n").encode("ascii")
    if name.endswith(".gz"):
        with open(path, "wb") as f:  # mtime 0: reproducible bytes
            with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0) as g:
                g.write(data)
    else:
        with open(path, "wb") as f:
            f.write(data)
    print("%s: %d cases" % (name, len(lines)))


# ---------------------------------------------------------------------------------------
# repr(float)

def interesting_doubles(rnd, n_random):
    xs = []
    for _ in range(n_random):  # all bit patterns
        xs.append(from_bits(rnd.getrandbits(64)))
    for _ in range(n_random // 4):  # "nice" decimals
        digits = rnd.randint(1, 17)
        m = rnd.randrange(10 ** digits)
        e = rnd.randint(-30, 30) if rnd.random() < 0.8 else rnd.randint(-330, 310)
        xs.append(float("%de%d" % (m, e)))
    for _ in range(n_random // 10):
        xs.append(round(rnd.uniform(-1000, 1000), rnd.randint(0, 6)))
        xs.append(float(rnd.randint(-2 ** 63, 2 ** 63)))
        xs.append(float(rnd.randint(-10 ** 6, 10 ** 6)))
    for e in range(-1074, 1024):
        xs.append(2.0 ** e)
        xs.append(math.nextafter(2.0 ** e, 0.0))
        xs.append(math.nextafter(2.0 ** e, math.inf))
    for e in range(-330, 310):
        x = float("1e%d" % e)
        xs += [x, math.nextafter(x, 0.0), math.nextafter(x, math.inf)]
    for c in range(1, 3000):  # smallest subnormals
        xs.append(from_bits(c))
    for _ in range(n_random // 20):  # subnormals
        xs.append(from_bits(rnd.getrandbits(52)))
    xs += [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, 0.1, 0.2, 0.30000000000000004,
           1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 1.5e-5, 123456789012345680.0,
           5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 2.225073858507201e-308]
    return xs


def section_repr():
    rnd = random.Random(20240611)
    xs = interesting_doubles(rnd, 100000)
    write("repr.txt.gz", ["%s %s" % (bits(x), repr(x)) for x in xs])


SECTIONS = {
    "repr": section_repr,
}

if __name__ == "__main__":
    names = sys.argv[1:] or list(SECTIONS)
    os.makedirs(OUT, exist_ok=True)
    for n in names:
        SECTIONS[n]()
