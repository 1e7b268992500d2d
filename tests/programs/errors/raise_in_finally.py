try:
    print("in try")
finally:
    raise IndexError("from finally")
