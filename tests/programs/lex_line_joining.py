# Implicit line joining in brackets, explicit backslash joining, comments everywhere.
total = (1 +
         2 +   # a comment inside parentheses
         3)
items = [
    "a",
    "b",   # trailing comma follows
]
mapping = {
    "k": 1,
    "j": [1,
          2],
}
print(total, items, mapping)
long_value = 1 + 2 \
    + 3 \
    + 4
print(long_value)
if total > 5 and \
        long_value > 5:
    print("joined condition")
def f(a,
      b=2,
      c=3):
    return a + b + c
print(f(1,
        c=10))
# A comment line
    # An indented comment line
print("after comments")  # trailing comment
