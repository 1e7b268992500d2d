# primes.py - a numeric loop: the sieve of Eratosthenes, then a sum of squares.
#
# Shows: while/for loops over ints, list indexing and slice-free updates, range with a step.
# These tight integer loops are exactly what armjit's tracing JIT compiles to ARM code.
#   ./armjit run examples/primes.py
LIMIT = 1000000

sieve = [True] * (LIMIT + 1)
sieve[0] = False
sieve[1] = False
i = 2
while i * i <= LIMIT:
    if sieve[i]:
        for j in range(i * i, LIMIT + 1, i):
            sieve[j] = False
    i += 1

count = 0
largest = 0
for n in range(LIMIT + 1):
    if sieve[n]:
        count += 1
        largest = n
print("primes below", LIMIT, "=", count, "largest", largest)

total = 0
for k in range(1, 500001):
    total += k * k
print("sum of squares 1..500000 =", total)
