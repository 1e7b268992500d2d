# exp, log (natural and with base), log10, pow and sqrt.
import math
for x in [1e-10, 0.5, 1, 2, math.e, 10, 100, 1e10, 2 ** 100]:
    print(x, math.log(x), math.log10(x), math.log(x, 2), math.sqrt(x))
for x in [-2, 0, 0.5, 1, 10, 50]:
    print(x, math.exp(x))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(4, -1), math.pow(0, 0))
print(math.log(8, 2), math.log(100, 10), math.log10(1000), math.exp(math.log(5)))
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.sqrt(10 ** 20), math.sqrt(True))
