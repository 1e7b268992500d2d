# pi, e, inf, nan and isnan / isinf.
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan)
print(math.isnan(math.nan), math.isnan(1.0), math.isnan(math.inf), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308))
print(math.isnan(math.inf - math.inf), math.isinf(1e308 * 10), math.isnan(0), math.isinf(10 ** 300))
print(math.pi * 2, math.e ** 2, math.inf > 10 ** 300, math.nan == math.nan)
print(math.floor(math.pi * 1e6), math.ceil(math.e * 1e6))
