# Benchmark: lists - building, indexing, slicing, sorting, in-place updates and comprehensions.
# Usage: lists.py [N]   (work grows linearly with N; prints a checksum)
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 160


def lcg_list(n, seed):
    out = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 10000)
    return out


def insertion_sort(a):
    for i in range(1, len(a)):
        v = a[i]
        j = i - 1
        while j >= 0 and a[j] > v:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = v
    return a


def prefix_sums(a):
    out = [0] * (len(a) + 1)
    for i in range(len(a)):
        out[i + 1] = out[i] + a[i]
    return out


checksum = 0
for rep in range(N):
    data = lcg_list(20000, rep + 1)
    small = insertion_sort(data[:400])
    big = sorted(data)
    ps = prefix_sums(big)
    evens = [v for v in data if v % 2 == 0]
    window = 0
    for i in range(0, len(data) - 8, 8):
        window += max(data[i:i + 8]) - min(data[i:i + 8])
    data.reverse()
    stack = []
    for v in data[:5000]:
        if stack and stack[-1] > v:
            stack.pop()
        else:
            stack.append(v)
    checksum = (checksum + small[200] + big[10000] + ps[-1] % 99991 + len(evens) + window + len(stack)) % 1000000007
print("lists", N, checksum)
