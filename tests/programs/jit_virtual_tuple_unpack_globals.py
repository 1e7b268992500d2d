# Tuple unpacking of two new floats into module globals: the optimizer reads the floats out
# of the virtual tuple and must store the allocations it makes for them, not the virtual
# (a trace that named a never-emitted value was abandoned as a JIT internal error).
zr = zi = 0.0
cr, ci = -0.5, 0.25
n = 0
while n < 500 and zr * zr + zi * zi <= 4.0:
    zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
    n += 1
print(n, zr, zi)

def inner():
    global zr, zi
    for k in range(300):
        zr, zi = zi * 0.5 + k, zr * 0.25 - k
    return zr + zi
print(inner(), zr, zi)
