# Several simple statements on one line, separated by semicolons.
a = 1; b = 2; c = a + b; print(a, b, c)
x = []; x.append(1); x.append(2); print(x);
for i in range(3): print(i, end=" "); print("|", end=" ")
print()
if a < b: a, b = b, a; print("swapped", a, b)
def f(): return 42
print(f()); pass; print("done")
