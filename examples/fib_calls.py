# fib_calls.py - function calls and recursion: naive Fibonacci, memoised Fibonacci, Ackermann.
#
# Shows: recursion, default arguments, dicts as memo tables, closures with nonlocal,
# and big integers (fib(300) does not fit in 64 bits - Python ints never overflow).
#   ./armjit run examples/fib_calls.py


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_memo(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]


def make_counter():
    calls = 0

    def ack(m, n):
        nonlocal calls
        calls += 1
        if m == 0:
            return n + 1
        if n == 0:
            return ack(m - 1, 1)
        return ack(m - 1, ack(m, n - 1))

    def count():
        return calls

    return ack, count


print("fib(29) =", fib(29))
print("fib(300) =", fib_memo(300))
ack, count = make_counter()
print("ack(2, 300) =", ack(2, 300), "in", count(), "calls")
