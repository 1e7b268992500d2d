# Floor division and modulo follow Python's sign rules (result of % has the divisor's sign).
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (6, -3), (1, 10), (-1, 10), (1, -10), (-1, -10)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, q * b + r == a)
print(-13 // 4, -13 % 4, 13 // -4, 13 % -4)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
big = 10 ** 30 + 7
print(big // 3, big % 3, -big // 3, -big % 3)
print(big // -1000000007, big % -1000000007)
print((-big) // (-12345678901234567890), (-big) % (-12345678901234567890))
