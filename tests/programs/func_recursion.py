# Recursion: factorial, fibonacci, Ackermann, tree-shaped recursion, 500 frames deep.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)

print(fact(20), fact(40))
print([fib(i) for i in range(20)])
print(ack(2, 3), ack(3, 3))
print(depth(500))
m = []
hanoi(4, "A", "C", "B", m)
print(len(m), " ".join(m))
def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out += flatten(item)
        return out
    return [x]
print(flatten([1, [2, [3, [4]], 5], [[6]]]))
