# Extended slices across every step, checked against a manual loop.
s = "abcdefghijklmnopqrstuvwxyz"
def manual(s, start, stop, step):
    out = ""
    i = start
    if step > 0:
        while i < stop:
            out += s[i]
            i += step
    else:
        while i > stop:
            out += s[i]
            i += step
    return out

ok = True
for step in [1, 2, 3, 5, 7, 26, 30]:
    for start in range(0, 26, 4):
        for stop in range(start, 27, 5):
            if s[start:stop:step] != manual(s, start, stop, step):
                ok = False
    print(step, s[::step], s[::-step])
print(ok)
print(s[-1:-27:-5], s[25:0:-6], s[5::-1], s[:5:-1])
