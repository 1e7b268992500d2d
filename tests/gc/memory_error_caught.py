# Keeps everything it allocates alive until the guest heap is exhausted, catches the
# MemoryError, lets go of the hoard and carries on: the VM must be consistent afterwards.
# Not for CPython (it would fill the machine's memory): the expected output is hand-written.


def hoard_until_full(tag):
    hoard = []
    try:
        while True:
            hoard.append([len(hoard)] * 500 + [tag + str(len(hoard))])
    except MemoryError as e:
        print(tag, "MemoryError caught:", repr(e), len(hoard) > 100)
    n = len(hoard)
    del hoard[n // 2:]  # room to work in: checking every chunk allocates a little
    for i in range(len(hoard)):
        chunk = hoard[i]
        if len(chunk) != 501 or chunk[0] != i or chunk[499] != i or chunk[500] != tag + str(i):
            print("corrupt chunk", i)
    return n


first = hoard_until_full("a")
# The hoard is garbage now: the heap is usable again, as often as needed.
total = 0
for i in range(20000):
    total += len([i] * 50) + len(str(i))
print("after the first:", total)
second = hoard_until_full("b")
print("same capacity twice:", abs(first - second) * 10 < first)
d = {}
for i in range(2000):
    d["k" + str(i)] = [i, float(i)]
print(len(d), sum([v[0] for v in d.values()]), d["k1999"])
