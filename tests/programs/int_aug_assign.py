# Augmented assignment with every int operator.
x = 100
x += 5; print(x)
x -= 15; print(x)
x *= 3; print(x)
x //= 7; print(x)
x %= 10; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0xF0; print(x)
x |= 0x0F; print(x)
x ^= 0xFF; print(x)
x /= 4; print(x)
y = 7
y -= 20
y //= 3
print(y)
y %= 5
print(y)
