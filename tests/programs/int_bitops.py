# Bitwise operators on small, negative and big ints.
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10, -12 | -10, -12 ^ -10)
print(1 << 0, 1 << 10, 1 << 31, 1 << 32, 1 << 63, 1 << 100)
print(1024 >> 3, -1024 >> 3, -1 >> 10, -7 >> 1, 7 >> 1, (1 << 100) >> 99)
big = (1 << 80) - 1
print(big & 0xFFFF, big | (1 << 90), big ^ (1 << 40), ~big)
print(-(1 << 70) >> 3, -(1 << 70) & 0xFF, -(1 << 70) | 5)
x = 0
for i in range(0, 64, 3):
    x |= 1 << i
print(x, hex(x))
x &= ~(1 << 3)
x ^= 0xF0
print(x)
y = 5
y <<= 4
print(y)
y >>= 2
print(y)
print(0xFF & -256, 255 & ~15)
