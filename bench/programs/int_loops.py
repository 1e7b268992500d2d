# Benchmark: integer loops - xorshift mixing, Collatz lengths, a prime sieve.
# Usage: int_loops.py [N]   (work grows linearly with N; prints a checksum)
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 60


def xorshift(rounds, seed):
    x = seed
    acc = 0
    for i in range(rounds):
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        acc = (acc + (x & 0xFFFF)) % 1000000007
    return acc


def collatz_total(limit):
    total = 0
    for n in range(1, limit):
        x = n
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            total += 1
    return total


def sieve_count(limit):
    flags = [1] * (limit + 1)
    flags[0] = flags[1] = 0
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = 0
                j += i
        i += 1
    count = 0
    for f in flags:
        count += f
    return count


checksum = 0
for rep in range(N):
    checksum = (checksum * 31 + xorshift(60000, 2463534242 + rep)) % 1000000007
    checksum = (checksum * 31 + collatz_total(3000 + rep)) % 1000000007
    checksum = (checksum * 31 + sieve_count(60000 + rep)) % 1000000007
print("int_loops", N, checksum)
