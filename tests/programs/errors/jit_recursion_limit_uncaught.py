def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
for _ in range(100):
    f(50)
print(f(3000))
