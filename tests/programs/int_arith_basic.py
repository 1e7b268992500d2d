# Basic int arithmetic: + - * and / giving float.
a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, b / a)
print(-a + b, a - -b, a * -b)
print(0 - 0, 0 * 12345, 1 * -1)
print(10 / 2, 7 / 7, -9 / 3)
total = 0
for i in range(1, 11):
    total = total + i * i
print("sum of squares 1..10 =", total)
x = 3
x = x * x + 2 * x + 1
print(x)
print(2 + 3 * 4 - 6 // 4, (2 + 3) * (4 - 6))
print(100 - 1 - 2 - 3, 2 * 3 * 4 * 5)
