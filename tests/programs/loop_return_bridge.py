# A loop inside a function left by `return` from a path that becomes hot only after the
# loop was traced: the bridge from that guard reaches the function's return.
def find_first(xs, limit):
    total = 0
    for x in xs:
        if x > limit:
            return total + x
        total += x
    return -total


def scan_until(n, stop):
    i = 0
    acc = 0
    while True:
        i += 1
        acc = (acc * 31 + i) % 10007
        if i % stop == 0 and acc % 3 == 0:
            return acc
        if i > n:
            return -1


def gen_prefix(xs, limit):
    # the same in a generator: the return ends the iteration
    for x in xs:
        if x > limit:
            return
        yield x


data = list(range(60))
s = 0
for k in range(400):
    s += find_first(data, 20 + k % 30)
    s += scan_until(200 + k, 7 + k % 5)
    s += sum(gen_prefix(data, k % 50))
print(s)
r = 0
for k in range(300):
    r += find_first(data, 1000)
print(r)
