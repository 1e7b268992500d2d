# Keeps everything alive until the guest heap is exhausted; nothing catches the MemoryError.
# Not for CPython (it would fill the machine's memory): the expectation is hand-written.
hoard = []
print("hoarding")
while True:
    hoard.append([len(hoard)] * 500)
