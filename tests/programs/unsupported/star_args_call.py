# Unpacking a sequence into call arguments is outside the subset: '*args'.
def add(a, b):
    return a + b
pair = [1, 2]
print(add(*pair))
