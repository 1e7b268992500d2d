# Nested loops of every kind: the inner loop is traced first, then the outer loop's trace
# (or the inner loop's exit bridge) runs the outer body and enters the inner loop's trace;
# loops in sequence, inner loops whose types change, and a name rebound under a nest.


def grid(n):
    s = 0
    for y in range(n):
        for x in range(n):
            s += x * y
    return s


def while_nest(n):
    s = 0
    i = 0
    while i < n:
        j = i
        while j < n:
            s += j - i
            j += 3
        i += 1
    return s


def iterables(n):
    words = ["alpha", "be", "gamma", "de"]
    table = {"a": 1, "b": 2, "c": 3}
    pairs = [(1, 2.5), (3, 4.5), (5, 6.5)]
    total = 0
    fl = 0.0
    for k in range(n):
        for i, w in enumerate(words):
            total += i * len(w)
        for ch in words[k % 4]:
            total += ord(ch) % 7
        for key, v in table.items():
            total += v * len(key)
        for a, b in pairs:
            fl += a * b
        for p, q in zip(words, pairs):
            total += len(p) + p_index(q)
        for t in (k, k + 1, k + 2):
            total += t % 5
    return total, fl


def p_index(q):
    return q[0]


def sequence(n):
    a = 0
    b = 0.0
    for r in range(n):
        for i in range(10):
            a += i
        k = 0
        while k < 5:
            b += k * 0.5
            k += 1
        for i in range(3):
            a -= i
    return a, b


def changing(n):
    out = []
    for r in range(n):
        acc = 0 if r % 2 == 0 else 0.0
        for i in range(6):
            acc += i
        out.append(acc)
    return sum(out), out[-2:], type(out[-1]).__name__


OFFSET = 1


def rebind(n):
    global OFFSET
    s = 0
    for r in range(n):
        if r == n // 2:
            OFFSET = 100
        for i in range(5):
            s += OFFSET
    return s


def triple(n):
    c = 0
    for a in range(n):
        for b in range(a):
            for d in range(b):
                c += (a ^ b ^ d) & 3
    return c


print(grid(60))
print(while_nest(80))
print(iterables(40))
print(sequence(50))
print(changing(40))
print(rebind(60))
print(triple(25))
