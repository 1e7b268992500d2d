# Assignment expressions are outside the subset: ':='.
values = [1, 5, 9]
if (n := len(values)) > 2:
    print(n)
