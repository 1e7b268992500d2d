# Text layout: word wrapping, centering and justified columns.
text = ("armjit runs a subset of Python and compiles hot loops to ARM machine code, "
        "checking every result against what CPython prints for the same program")
def wrap(words, width):
    lines = []
    cur = ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + " " + w if cur else w
    if cur:
        lines.append(cur)
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line
    gaps = len(words) - 1
    spaces = width - sum([len(w) for w in words])
    out = ""
    for i, w in enumerate(words[:-1]):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += w + " " * n
    return out + words[-1]
for width in [30, 45]:
    lines = wrap(text.split(), width)
    print("+" + "-" * width + "+")
    for l in lines[:-1]:
        print("|" + justify(l, width) + "|")
    print("|" + lines[-1] + " " * (width - len(lines[-1])) + "|")
    print("|" + " " * ((width - 8) // 2) + "centered" + " " * (width - 8 - (width - 8) // 2) + "|")
