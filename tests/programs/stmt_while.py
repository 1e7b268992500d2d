# while loops with conditions, counters, break and continue.
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz 27 steps:", steps)
i = 0
evens = []
while True:
    i += 1
    if i > 20:
        break
    if i % 2:
        continue
    evens.append(i)
print(evens)
a, b = 0, 1
while b < 1000:
    a, b = b, a + b
print(a, b)
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
k = 10
while k > 0: k -= 3
print(k)
