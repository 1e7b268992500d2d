/* The reference loop of bench/arm/ref_loop.py written in C, for the gcc -O2 column of
 * `armjit bench --isel`: N (argv[1]) iterations of s += i * 3 % 7. */
#include <stdio.h>
#include <stdlib.h>

static int f(int n) {
    int i = 0, s = 0;
    while (i < n) {
        s += i * 3 % 7;
        i += 1;
    }
    return s;
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 1000000;
    printf("%d\n", f(n));
    return 0;
}
