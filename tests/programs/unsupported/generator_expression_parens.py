# A parenthesised generator expression is outside the subset.
squares = (x * x for x in range(5))
print(list(squares))
