# Big ints around 32-bit digit boundaries, negatives, shifts both ways, and large values
# reused as operands (armjit caches the conversion of a result to its next use).

def check(label, v):
    # a digest that does not print thousands of digits
    print(label, v.bit_length() if v >= 0 else (-v).bit_length(), v % 1000003, v < 0)


for bits in (31, 32, 33, 63, 64, 65, 95, 96, 97, 127, 128, 129, 1023, 1024, 1025):
    p = 1 << bits
    for v in (p - 1, p, p + 1, -(p - 1), -p, -(p + 1)):
        w = v * 3 - v * 2          # round trip through arithmetic
        assert w == v
        print(bits, v % 97, (v >> (bits - 3)), (v << 5) % 1000003, hash(v) == hash(w), str(v)[-6:])

# shifts both ways on big values
x = 1 << 100000
check("big shift", x)
check("right", x >> 99990)
check("neg right", (-x) >> 99990)
check("neg right small", (-x - 1) >> 100005)
check("back", (x >> 50000) << 50000 == x)
check("and", (x - 1) & ((1 << 70000) - 1))
check("or", x | 12345)
check("xor", (x - 1) ^ (x >> 1))
check("invert", ~x)
y = (1 << 300000) + 987654321
check("mix", (y * y) // (y - 5))
check("mod", (y * 7 + 3) % y)
check("neg floordiv", (-y * 7 - 3) // y)
check("neg mod", (-y * 7 - 3) % y)

# a value reused many times (the operand cache) and alternating signs
a = 3 ** 2000
total = 0
for i in range(200):
    a = a * 3 - a * 2 + (1 if i % 2 else -1)
    total += a % 1000
print(total, a % 1000003, len(str(a)))

# values crossing the small-int and long boundaries in both directions
v = 1
for i in range(80):
    v = v * 2 + 1
    print(i, v, -v, v // 3, -v // 3, v >> 1, -v >> 1)
for i in range(80):
    v = v // 2
print(v, -v)

# big factorial digits (conversion to str)
f = 1
for i in range(2, 1001):
    f *= i
s = str(f)
print(len(s), s[:20], s[-20:].rstrip("0") or "0", f % (10**9 + 7))
print(int(s) == f, int("-" + s) == -f)
