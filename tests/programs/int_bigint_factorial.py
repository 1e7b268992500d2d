# Factorials and Fibonacci numbers with hundreds of digits.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in [0, 1, 5, 20, 21, 25, 50]:
    print(n, fact(n))
f100 = fact(100)
print(len(str(f100)), str(f100)[:20], f100 % 10 ** 30 == 0)
digits = 0
for ch in str(f100):
    digits += int(ch)
print("digit sum", digits)
a, b = 0, 1
for i in range(300):
    a, b = b, a + b
print("fib 300 =", a)
print(fact(30) // fact(28), fact(52) // (fact(5) * fact(47)))
