import math
print(math.exp(800))
