big = 10 ** 500
print(big / 7)
