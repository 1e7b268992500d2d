# Dict unpacking in a display is outside the subset: '**'.
base = {"a": 1}
merged = {**base, "b": 2}
print(merged)
