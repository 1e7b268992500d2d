# Generator expressions as call arguments are outside the subset.
print(sum(x * x for x in range(10)))
