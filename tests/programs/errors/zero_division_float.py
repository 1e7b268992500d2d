x = 0.0
print(3.5 / x)
