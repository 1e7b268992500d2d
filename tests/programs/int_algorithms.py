# Classic integer algorithms: gcd, modular exponentiation, integer sqrt, digit sums.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

def modpow(b, e, m):
    r = 1
    b %= m
    while e > 0:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r

print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 64, 2 ** 40 * 3))
print(isqrt(0), isqrt(15), isqrt(16), isqrt(10 ** 40), isqrt(2 * 10 ** 30))
print(modpow(2, 100, 1000000007), pow(2, 100, 1000000007))
print(modpow(3, 10 ** 18, 998244353))
n = 2 ** 127 - 1
print(n, modpow(3, n - 1, n) == 1)
