# Loop-heavy: list append/pop/index operations and a float list reduction.
xs = []
for i in range(30000):
    xs.append(i * 0.5)
total = 0.0
for v in xs:
    total += v
print(total, len(xs))
stack = []
for i in range(20000):
    stack.append(i)
    if i % 3 == 0:
        stack.pop()
print(len(stack), stack[-1], sum(stack))
buf = [0] * 1000
for i in range(50000):
    buf[i % 1000] += i
print(buf[0], buf[999], max(buf))
