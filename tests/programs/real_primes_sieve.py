# Sieve of Eratosthenes, prime gaps and twin primes below 20000.
N = 20000
sieve = [True] * (N + 1)
sieve[0] = sieve[1] = False
i = 2
while i * i <= N:
    if sieve[i]:
        for j in range(i * i, N + 1, i):
            sieve[j] = False
    i += 1
primes = [n for n in range(N + 1) if sieve[n]]
print(len(primes), primes[:15], primes[-3:])
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items())[:8])
twins = [(p, p + 2) for p in primes if p + 2 <= N and sieve[p + 2]]
print(len(twins), twins[-1], sum(primes) % 1000003)
