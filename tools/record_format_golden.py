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
        if ord(ch) > 0xFFFF:  # as the UTF-16 surrogate pair Java sees
            c = ord(ch) - 0x10000
            out.append("\\u%04x\\u%04x" % (0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF)))
        elif ch in "\\\t\n\r;|=" or not (32 <= ord(ch) < 127):
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


class Other:
    """An object of a user class with given str() and repr() (and object's __format__)."""

    def __str__(self):
        return self.s

    def __repr__(self):
        return self.r


def other(name, s, r):
    o = type(name, (Other,), {})()
    o.name, o.s, o.r = name, s, r
    return o


def dec(v):
    """Decimal text of any int, beyond CPython's 4300-digit str() limit (the limit itself is golden data)."""
    sys.set_int_max_str_digits(0)
    try:
        return str(v)
    finally:
        sys.set_int_max_str_digits(4300)


def token(v):
    if isinstance(v, bool):
        return "b:%s" % v
    if isinstance(v, int):
        return "i:" + dec(v)
    if isinstance(v, float):
        return "f:" + bits(v)
    if isinstance(v, str):
        return "s:" + esc(v)
    if v is None:
        return "n:None"
    if isinstance(v, Other):
        return "o:%s|%s|%s" % (v.name, esc(v.s), esc(v.r))
    if isinstance(v, dict):
        return "m:" + esc(repr(v)) + "|" + ";".join("%s=%s" % (esc(k), token(x)) for k, x in v.items())
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
    xs = interesting_doubles(rnd, 70000)
    write("repr.txt.gz", ["%s %s" % (bits(x), repr(x)) for x in xs])


# ---------------------------------------------------------------------------------------
# format(value, spec)

FORMAT_INTS = [0, 1, -1, 7, -7, 42, 255, -255, 1000, 1234, -1234, 65, 0x1F600, 0x110000, 12345678,
               -12345678, 2 ** 31, 2 ** 63 - 1, -2 ** 63, 2 ** 63, 2 ** 64 + 1, 10 ** 20, -10 ** 25 - 3,
               3 ** 100, -(7 ** 90), 2 ** 1024, 10 ** 308, 123456789012345678901234567890]
FORMAT_FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e-5, -1e-5, 0.0001, 123.456,
                 -123.456, 1234567.891, 1e16, 1e15, 9.999999, 99.995, 0.1, 0.3, 1 / 3, 2 / 3, 1e100,
                 -1e-100, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 1e22, 1e23,
                 123456789.0, 0.000123456, 12345.6789, float("inf"), float("-inf"), float("nan"),
                 from_bits(0xfff8000000000000), 100.0, 1e-7, 0.05, 0.15, 0.25, 0.35, 1000000.0, 9.5, 10.5,
                 4.35, 2 ** 53 + 0.0, 2.0 ** 70, -0.0004]
FORMAT_STRS = ["", "a", "abc", "hello world", "\u00e9t\u00e9", "\U0001f600x", "12345", "tab\there"]


def random_spec(rnd, types):
    parts = []
    r = rnd.random()
    if r < 0.3:
        parts.append(rnd.choice("<>^="))
    elif r < 0.45:
        parts.append(rnd.choice(["*", "0", "x", " ", "\u00e9", "\U0001f600", "_", ","]) + rnd.choice("<>^="))
    if rnd.random() < 0.3:
        parts.append(rnd.choice("+- "))
    if rnd.random() < 0.1:
        parts.append("z")
    if rnd.random() < 0.2:
        parts.append("#")
    if rnd.random() < 0.25:
        parts.append("0")
    if rnd.random() < 0.5:
        parts.append(str(rnd.choice([1, 2, 5, 8, 10, 12, 15, 20, 30])))
    if rnd.random() < 0.25:
        parts.append(rnd.choice([",", "_", ",", "_", ",_", "_,"]))
    if rnd.random() < 0.45:
        parts.append("." + str(rnd.choice([0, 1, 2, 3, 5, 6, 10, 16, 17, 20, 25])))
    if rnd.random() < 0.85:
        parts.append(rnd.choice(types))
    return "".join(parts)


NUMERIC_TYPES = list("bcdoxXneEfFgG%s") + [""]
ODD_SPECS = ["abc", "5.2.3", ",_", "_,", ".", ".,", ".2,", ".2_f", ",,", "xx", ":d", "1_000", "x<", "\u0100<5",
             "99999999999999999999", ".99999999999999999999f", " ", "5 ", "\x01", "-c", "=", "0", "00",
             "010", "0=10", "*^+#012,.3e", "\U0001f600^9", "q", "%", "z", "\u00e9", ">0", "<<5"]


def section_format():
    rnd = random.Random(7)
    lines = []

    def case(v, spec):
        lines.append("format\t%s\t%s\t%s" % (token(v), esc(spec), outcome(lambda: format(v, spec))))

    for v in FORMAT_INTS + [True, False]:
        for spec in ODD_SPECS:
            case(v, spec)
        for _ in range(400):
            case(v, random_spec(rnd, NUMERIC_TYPES))
    for v in FORMAT_FLOATS:
        for spec in ODD_SPECS:
            case(v, spec)
        for _ in range(400):
            case(v, random_spec(rnd, NUMERIC_TYPES))
    for v in FORMAT_STRS:
        for spec in ODD_SPECS:
            case(v, spec)
        for _ in range(300):
            case(v, random_spec(rnd, ["s", "s", "", "d", "r"]))
    # precise rounding: many random doubles with fixed and exponent precisions
    for _ in range(20000):
        if rnd.random() < 0.5:
            v = from_bits(rnd.getrandbits(64))
        else:
            v = float("%de%d" % (rnd.randrange(10 ** rnd.randint(1, 17)), rnd.randint(-25, 25)))
        if math.isnan(v):
            continue
        spec = "." + str(rnd.choice([0, 1, 2, 3, 4, 6, 8, 12, 15, 16, 17, 18, 20, 30])) + rnd.choice("efgEFG%") + ""
        if rnd.random() < 0.2:
            spec = "." + str(rnd.randint(0, 17))
        case(v, spec)
    # halfway cases: k/2^n at fixed precisions
    for _ in range(5000):
        n = rnd.randint(1, 12)
        v = rnd.randrange(-10 ** 6, 10 ** 6) / 2.0 ** n
        case(v, ".%df" % rnd.randint(0, n))
        case(v, ".%de" % rnd.randint(0, 8))
        case(v, ".%dg" % rnd.randint(0, 9))
    write("format_spec.txt.gz", lines)


# ---------------------------------------------------------------------------------------
# int(str, base), float(str), str/bin/oct/hex of ints, float(int)

def section_number_text():
    rnd = random.Random(11)
    lines = []

    def int_case(text, base):
        lines.append("int\t%s\t%d\t%s" % (esc(text), base, outcome(lambda: dec(int(text, base)))))

    def float_case(text):
        lines.append("float\t%s\t%s" % (esc(text), outcome(lambda: repr(float(text)))))

    fixed_int = ["0", "1", "-1", "+1", " 42 ", "\t\n42\x0b\x0c\r", "1_000", "1__0", "_1", "1_", "0x1f", "0X1F", "0o17",
                 "0O17", "0b101", "0B101", "0x_1f", "0x__1f", "0_x1f", "010", "00", "0_0", "-0", "0b", "0b_", "0x", "",
                 "  ", "+ 1", "- 1", "1 2", "1\x00", "a'b", "a\"b", "'\"", "\u0663", "\u0661\u0662", "\u00a01\u2003",
                 "1\x1c", "1\x85", "z", "Z", "zz", "9" * 30, "-" + "9" * 30, "1" * 4300, "1" * 4301, "1_" * 4300 + "1",
                 "x" * 300, "\u00e9", "12\u00e9", "0x" + "f" * 2000, "0b" + "1" * 5000, "9" * 5000, "++1", "--1",
                 "1e5", "1.0", "0xg", "\U0001f600", "٣٣٣"]
    for text in fixed_int:
        for base in [0, 2, 8, 10, 16, 36, 1, 37, -1, 7]:
            int_case(text, base)
    for _ in range(3000):
        base = rnd.choice([0, 2, 3, 8, 10, 10, 16, 16, 36, rnd.randint(2, 36)])
        v = rnd.choice([rnd.randint(-100, 100), rnd.getrandbits(rnd.randint(1, 300)) * rnd.choice([1, -1])])
        b = base or 10
        digits = ""
        x = abs(v)
        while True:
            digits = "0123456789abcdefghijklmnopqrstuvwxyz"[x % b] + digits
            x //= b
            if x == 0:
                break
        if rnd.random() < 0.3:
            digits = "_".join(digits[i:i + 3] for i in range(0, len(digits), 3))
        if rnd.random() < 0.2:
            digits = digits.upper()
        prefix = ""
        if base == 0 and rnd.random() < 0.5 or base in (2, 8, 16) and rnd.random() < 0.3:
            prefix = {2: "0b", 8: "0o", 16: "0x"}.get(base, "")
            if base == 0:
                b = rnd.choice([2, 8, 16])
                prefix = {2: "0b", 8: "0o", 16: "0x"}[b]
                digits = format(abs(v), {2: "b", 8: "o", 16: "x"}[b])
        text = ("-" if v < 0 else rnd.choice(["", "+"])) + prefix + digits
        if rnd.random() < 0.1:
            i = rnd.randrange(len(text) + 1)
            text = text[:i] + rnd.choice("_ x.9z") + text[i:]
        int_case(text, base)

    fixed_float = ["x", " 1_0.5 ", "1_.5", "1e1_0", "infinity", "-iNF", "+nan", "-nan", "NaN", "1e500", "-1e500", ".5",
                   "5.", ".", "e5", "0x10", "inf_", "1_e5", "١٢", "\u00a01\u2003", "infinit", "-", "1.5e", "nan(1)",
                   "", "  ", "1e-400", "4.9e-324", "2.4e-324", "2.5e-324", "1.7976931348623157e308",
                   "1.7976931348623158e308", "1.7976931348623159e308", "0.1", "-0.0", "+0", "00001.5000",
                   "1e99999999999999999999", "1e-99999999999999999999", "0e99999999999999999", "1" * 400,
                   "0." + "0" * 400 + "1", "1_000.000_1", "1__0", "_1", "1_", "1.e5", "1.E+05", "1e+-5", " +1.5 ",
                   "+-1", "1,5", "\u0661.\u0662", "inf inity", "\t-inf\n", "9007199254740993", "1.00000000000000011102230246251565404236316680908203125",
                   "1.00000000000000011102230246251565404236316680908203124", "1.00000000000000011102230246251565404236316680908203126"]
    for text in fixed_float:
        float_case(text)
    for _ in range(3000):
        x = from_bits(rnd.getrandbits(64))
        if math.isnan(x):
            continue
        text = rnd.choice([repr(x), "%.25e" % x, "%.3g" % x, "%.40g" % x])
        if rnd.random() < 0.2:
            text = " " + text.upper() + "\n"
        float_case(text)

    ints = [0, 1, -1, 255, -256, 2 ** 63 - 1, -2 ** 63, 2 ** 63, -2 ** 64, 10 ** 4299, 10 ** 4300 - 1, 10 ** 4300,
            -(10 ** 4300 - 1), 10 ** 5000, 2 ** 1023, 2 ** 1024, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971,
            2 ** 1024 - 2 ** 970 - 1, -(2 ** 1024 - 2 ** 970), 2 ** 53 + 1, 2 ** 54 + 2, 2 ** 54 + 6, 2 ** 53 - 1]
    for _ in range(1000):
        ints.append(rnd.getrandbits(rnd.randint(1, 1100)) * rnd.choice([1, -1]))
    for v in ints:
        for op, fn in (("str", str), ("bin", bin), ("oct", oct), ("hex", hex), ("floatint", lambda x: repr(float(x)))):
            lines.append("%s\t%s\t%s" % (op, token(v), outcome(lambda: fn(v))))
    write("number_text.txt.gz", lines)


# ---------------------------------------------------------------------------------------
# printf-style '%' formatting and str.format

PCT_VALUES = [0, 1, -1, 42, -42, 255, 65, 0x1F600, 0x110000, -5, 10 ** 20, -(10 ** 25), 2 ** 64, True, False,
              0.0, -0.0, 1.5, -2.5, 3.14159, 1e-5, 1e16, 123456.789, 1e300, float("inf"), float("-inf"),
              float("nan"), 2.0 ** 70, "a", "abc", "", "\u00e9", "\U0001f600", "it's", None]


def pct_others():
    return [other("Foo", "foo!", "Foo()"), other("Point", "(1, 2)", "Point(1, 2)"), other("NoneType", "None", "None")]


def random_pct_spec(rnd):
    parts = ["%"]
    for _ in range(rnd.choice([0, 0, 1, 2])):
        parts.append(rnd.choice("-+ #0"))
    r = rnd.random()
    if r < 0.4:
        parts.append(str(rnd.choice([1, 3, 5, 8, 12])))
    elif r < 0.45:
        parts.append("*")
    if rnd.random() < 0.35:
        parts.append("." + rnd.choice(["0", "1", "2", "3", "6", "10", "*", ""]))
    if rnd.random() < 0.05:
        parts.append(rnd.choice("hlL"))
    parts.append(rnd.choice("dddiissrrffeEgGFxXoccua%yz"))
    return "".join(parts)


def section_percent():
    rnd = random.Random(13)
    lines = []

    def case(fmt, args):
        if isinstance(args, tuple):
            toks = "T\t" + "\t".join(token(a) for a in args) if args else "T"
        else:
            toks = "S\t" + token(args)
        lines.append("percent\t%s\t%s\t%s" % (esc(fmt), toks, outcome(lambda: fmt % args)))

    values = PCT_VALUES + pct_others()
    fixed = [("%5%", ()), ("%5%", (1,)), ("%-5%|", (1,)), ("%%", ()), ("%s %s", (1,)), ("%s", (1, 2)), ("", 5), ("", {"a": 1}),
             ("%(a)s", 5), ("%(a)s", {"b": 1}), ("%(a)s %s", {"a": 1}), ("%s %(a)s", {"a": 1}), ("%", ()), ("%5", (1,)),
             ("%(a", {"a": 1}), ("%*d", ("x", 1)), ("%.*f", (2, 3.14159)), ("%*d", (-5, 1)), ("%.*f", (-2, 3.14159)),
             ("%ld %hd %Ld", (1, 2, 3)), ("%(a)d %(a)x", {"a": 10}), ("%*s", (3.5, "x")), ("%.*s", ("x", "y")),
             ("%99999999999999999999d", 1), ("%.99999999999999999999d", 1), ("%d %d", (1,)), ("abc%", ()), ("%s%", 1),
             ("%(a)", {"a": 1}), ("%0*d", (5, 42)), ("%-*d|", (5, 42)), ("%\u00e9", 1), ("%(a)s %(b)s", {"a": 1, "b": 2}),
             ("%(a)s", {"a": 1, "b": 2}), ("%s", ()), ("%((a))s", {"(a)": 7}), ("%(a)*d", {"a": 3}), ("x %(a)s y", {"a": "\u00e9"}),
             ("%s", ({"a": 1},)), ("%(a)s%%", {"a": 1}), ("%c", "ab"), ("%c", ""), ("%.0s|", "abc"), ("%#5.3o", 8),
             ("%a", "\u00e9\U0001f600"), ("%5a|", "x"), ("%r", other("Foo", "f", "F\u00e9()")), ("%a", other("Foo", "f", "F\u00e9()"))]
    for fmt, args in fixed:
        case(fmt, args)
    for v in values:
        for _ in range(120):
            case(random_pct_spec(rnd), (v,))
        case("%s", v)
        case("%r|%s", (v, v))
    for _ in range(3000):  # multi-argument strings with literal text
        n = rnd.randint(0, 4)
        specs = [random_pct_spec(rnd) for _ in range(n)]
        fmt = "".join(rnd.choice(["", "x", " | ", "\u00e9"]) + sp for sp in specs)
        args = []
        for sp in specs:
            for _ in range(sp.count("*")):
                args.append(rnd.choice([3, -3, 0, 7, "w"]))
            if not sp.endswith("%") or rnd.random() < 0.3:
                args.append(rnd.choice(values))
        if rnd.random() < 0.1 and args:
            args.pop()
        if rnd.random() < 0.05:
            args.append(1)
        case(fmt, tuple(args))
    write("percent.txt.gz", lines)


def section_str_format():
    rnd = random.Random(17)
    lines = []

    def case(fmt, args, kwargs):
        toks = "\t".join([str(len(args))] + [token(a) for a in args] + [token(kwargs)])
        lines.append("strformat\t%s\t%s\t%s" % (esc(fmt), toks, outcome(lambda: fmt.format(*args, **kwargs))))

    values = PCT_VALUES + pct_others()
    fixed = ["{}", "{0}", "{1}", "{} {}", "{0} {1} {0}", "{} {0}", "{0} {}", "{name}", "{name} {}", "{{}}", "{{", "}}", "{",
             "}", "a{b", "a}b", "{0!r}", "{0!s}", "{0!a}", "{0!x}", "{0!}", "{!r:>5}", "{0:}", "{:{}}", "{:{}{}}", "{:{:{}}}",
             "{0:{1}}", "{:>{}}", "{0[0]}", "{0.real}", "{0[}", "{0]}", "{[}", "{0!r", "{0:", "{0", "{0:>5", "{:}}",
             "{}}", "{{}", "x{{y}}z", "{ 0}", "{-1}", "{00}", "{99999999999999999999}", "{0!rr}", "{0!\u00e9}", "{0:x<}",
             "{a.b}", "{a[0]}", "{0[0]x}", "{0..a}", "{0.}", "{0[]}", "{!}", "{!:}", "{:!r}", "{0:{{}}}", "{:%}", "{:,}",
             "{name!r:^9}", "{\u00e9}", "{0}{name}{1}{}", "{:*^{}.{}}", "{0:{1}.{2}f}", "{:{}}{}"]
    for fmt in fixed:
        case(fmt, (7, 3, 2), {"name": "Bob", "\u00e9": 1.5})
        case(fmt, ("ab",), {})
        case(fmt, (), {"name": 1})
    for v in values:
        for _ in range(40):
            spec = random_spec(rnd, NUMERIC_TYPES) if rnd.random() < 0.8 else ""
            conv = rnd.choice(["", "", "", "!r", "!s", "!a"])
            case("<{0%s%s}>" % (conv, ":" + spec if spec or rnd.random() < 0.5 else ""), (v,), {})
    for _ in range(2000):
        n = rnd.randint(0, 4)
        auto = rnd.random() < 0.5
        parts = []
        for i in range(n):
            name = "" if auto else str(rnd.randrange(4))
            if rnd.random() < 0.05:
                name = rnd.choice(["k", "zz"])
            if rnd.random() < 0.03:
                name = "" if name else "0"
            spec = random_spec(rnd, NUMERIC_TYPES) if rnd.random() < 0.5 else ""
            parts.append(rnd.choice(["", "-", " ", "{{", "}}"]) + "{" + name + rnd.choice(["", "", "!r", "!s"]) + (":" + spec if spec else "") + "}")
        args = tuple(rnd.choice(values) for _ in range(rnd.randint(0, 4)))
        case("".join(parts), args, {"k": rnd.choice(values)})
    write("str_format.txt.gz", lines)


# ---------------------------------------------------------------------------------------
# float and int arithmetic, round(), math module

def section_math():
    rnd = random.Random(19)
    lines = []

    def case(op, fn, *args):
        def run():
            r = fn(*args)
            if isinstance(r, tuple):
                return " ".join(repr(x) for x in r)
            return dec(r) if isinstance(r, int) and not isinstance(r, bool) else repr(r)
        lines.append("%s\t%s\t%s" % (op, "\t".join(token(a) for a in args), outcome(run)))

    specials = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.0, -3.0, 7.0, -7.5, 0.1, 1e-300, 5e-324, 1e300,
                1.7976931348623157e308, math.inf, -math.inf, math.nan, 2.0 ** 53, 2.0 ** 60 + 2 ** 10, -1e22, 0.125,
                2.675, 1.005, 123.456, -0.001, 1e16 + 2]

    def rfloat():
        r = rnd.random()
        if r < 0.3:
            return from_bits(rnd.getrandbits(64))
        if r < 0.6:
            return rnd.uniform(-100, 100)
        if r < 0.8:
            return float(rnd.randint(-50, 50)) / rnd.choice([1, 2, 4, 8, 10, 3])
        return rnd.choice(specials)

    floats = specials + [rfloat() for _ in range(150)]
    pairs = [(a, b) for a in specials for b in specials] + [(rfloat(), rfloat()) for _ in range(2500)]
    for a, b in pairs:
        case("floordiv", lambda x, y: x // y, a, b)
        case("mod", lambda x, y: x % y, a, b)
        case("divmod", divmod, a, b)
        case("div", lambda x, y: x / y, a, b)
        case("pow", lambda x, y: x ** y, a, b)
        case("math.pow", math.pow, a, b)
        case("math.fmod", math.fmod, a, b)
        case("math.atan2", math.atan2, a, b)
        case("math.hypot", math.hypot, a, b)
        case("math.log2arg", math.log, a, b)
    for x in floats + [rfloat() for _ in range(2000)]:
        for name in ["sqrt", "exp", "log", "log10", "log2", "sin", "cos", "tan", "asin", "acos", "atan", "fabs", "floor", "ceil"]:
            case("math." + name, getattr(math, name), x)
        case("round", round, x)
        case("int", int, x)
        for n in [0, 1, 2, 3, -1, -2, 5, 10, 17, 300, 330, -300, -310]:
            case("round2", round, x, n)
    for _ in range(3000):  # decimal halfway-looking values
        x = float("%d.%d5" % (rnd.randint(-1000, 1000), rnd.randint(0, 999)))
        case("round2", round, x, len(repr(x).split(".")[1]) - 1)
    ints = [0, 1, -1, 2, -2, 3, 7, -7, 10, 2 ** 31, -2 ** 31, 2 ** 63 - 1, -2 ** 63, 2 ** 63, 2 ** 64, 10 ** 30, -(10 ** 30),
            3 ** 80, 2 ** 1023, 2 ** 1024, -(2 ** 1030), 10 ** 400]
    ipairs = [(a, b) for a in ints for b in ints] + [
        (rnd.getrandbits(rnd.randint(1, 200)) * rnd.choice([1, -1]), rnd.getrandbits(rnd.randint(1, 120)) * rnd.choice([1, -1]))
        for _ in range(3000)]
    for a, b in ipairs:
        case("ifloordiv", lambda x, y: x // y, a, b)
        case("imod", lambda x, y: x % y, a, b)
        case("idivmod", divmod, a, b)
        case("itruediv", lambda x, y: x / y, a, b)
        if abs(b) < 64 or a in (0, 1, -1):
            case("ipow", lambda x, y: x ** y, a, b)
        if abs(b) < 300 or a == 0:
            case("lshift", lambda x, y: x << y, a, b)
        case("rshift", lambda x, y: x >> y, a, b)
        case("iround", round, a, b % 40 - 30)
        if b != 0 and abs(a) < 2 ** 100:
            case("ipowmod", pow, a, rnd.randint(-5, 60), b)
    for _ in range(2000):  # true division near the float boundaries
        a = rnd.getrandbits(rnd.randint(50, 1100))
        b = rnd.getrandbits(rnd.randint(1, 1100)) or 1
        case("itruediv", lambda x, y: x / y, a, b)
    write("math.txt.gz", lines)


SECTIONS = {
    "math": section_math,
    "percent": section_percent,
    "str_format": section_str_format,
    "repr": section_repr,
    "format": section_format,
    "number_text": section_number_text,
}

if __name__ == "__main__":
    names = sys.argv[1:] or list(SECTIONS)
    os.makedirs(OUT, exist_ok=True)
    for n in names:
        SECTIONS[n]()
