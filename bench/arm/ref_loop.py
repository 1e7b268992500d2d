# The reference loop of the ARM backend issue: PyPy 7.3.11's ARM JIT runs 28.0 ARM
# instructions per iteration, gcc -O2 11.0 (bench/arm/ref_loop.c, `armjit bench --isel`; measured under qemu-arm with an
# instruction-counting plugin). N is the iteration count (large: PyPy's start-up varies by millions
# of instructions from run to run, which N and 2N must dwarf).
import sys


def f(n):
    i = 0
    s = 0
    while i < n:
        s += i * 3 % 7
        i += 1
    return s


N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
print(f(N))
