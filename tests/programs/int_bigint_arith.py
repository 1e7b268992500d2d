# Arbitrary-precision integers: growth past machine words in both directions.
x = 2 ** 31 - 1
print(x, x + 1, x * 2, -x - 2)
y = 2 ** 63
print(y - 1, y, y + 1, -y, y * y)
print(2 ** 64 // 3, 2 ** 64 % 1000003)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, b - a)
print(a * b)
print(b // a, b % a)
print(a * a * a - b * b)
n = 1
for i in range(100):
    n = n * 3 + i
print(n)
print(n % 1000000007, n // (10 ** 40))
print(-(10 ** 20) + 10 ** 20, (10 ** 20) - (10 ** 20 - 1))
print(2 ** 100 == 1267650600228229401496703205376, 2 ** 100 > 2 ** 99, -(2 ** 100) < -(2 ** 99))
m = 10 ** 18
print(m * m // m == m, (m + 1) * (m - 1) == m * m - 1)
