# Loop-heavy: integer accumulation in a while loop and a for loop (JIT candidate).
total = 0
i = 0
while i < 200000:
    total += i * i % 7
    i += 1
print(total)
acc = 0
for j in range(100000):
    if j & 1:
        acc -= j
    else:
        acc += j * 3
print(acc)
