# Exception chaining with 'raise ... from' is outside the subset.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError:
    print("caught")
