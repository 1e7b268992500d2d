# Hand-written sorting algorithms agree with sorted().
def insertion(xs):
    xs = xs[:]
    for i in range(1, len(xs)):
        v = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > v:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = v
    return xs
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    a, b = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    return out + a[i:] + b[j:]
def quick(xs):
    if len(xs) < 2:
        return xs
    p = xs[len(xs) // 2]
    return quick([x for x in xs if x < p]) + [x for x in xs if x == p] + quick([x for x in xs if x > p])
def heap_sort(xs):
    a = xs[:]
    n = len(a)
    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    for s in range((n - 2) // 2, -1, -1):
        sift(s, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end - 1)
    return a
seed = 7
data = []
for i in range(300):
    seed = (seed * 48271) % 2147483647
    data.append(seed % 1000 - 500)
expected = sorted(data)
print(insertion(data) == expected, merge_sort(data) == expected, quick(data) == expected, heap_sort(data) == expected)
print(expected[:10], expected[-5:])
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(merge_sort(words), quick(words) == sorted(words))
