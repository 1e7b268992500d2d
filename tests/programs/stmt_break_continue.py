# break and continue in nested for/while loops.
found = None
for i in range(2, 50):
    for j in range(2, i):
        if i % j == 0:
            break
    else_flag = True
    if i > 40:
        found = i
        break
print(found)
primes = []
for n in range(2, 60):
    is_prime = True
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            is_prime = False
            break
    if not is_prime:
        continue
    primes.append(n)
print(primes)
out = []
i = 0
while i < 5:
    i += 1
    j = 0
    while True:
        j += 1
        if j > i:
            break
        if j == 2:
            continue
        out.append((i, j))
print(out)
