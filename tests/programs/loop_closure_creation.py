# Closures and lambdas made inside hot loops (MAKE_FUNCTION with cells and defaults), called
# right away or kept; bool temporaries next to overflow checks.
def run(n):
    total = 0
    keep = []
    for i in range(n):
        k = i % 5
        f = lambda x, d=k: x * d + k
        def g(y):
            return y - k
        total += f(i) + g(i)
        flag = i % 2 == 0
        total += (1 << 40) * flag
        if i % 100 == 0:
            keep.append(f)
    return total, sum(h(3) for h in keep)


print(run(2000))
print(run(50))
