# inf, nan and negative zero.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(-inf), repr(nan))
print(inf + 1, inf * 0, inf - inf, -inf * -1, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308)
print(inf == inf, inf == -inf, float("-inf"), float("Infinity"), float("NaN"))
z = -0.0
print(z, 0.0 == -0.0, -z, z * 1, 0.0 * -1, -0.0 + 0.0, abs(z))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(max(1.0, inf), min(-inf, 0.0), [inf, nan, -0.0])
print(str(inf), str(nan), str(-0.0))
print(round(-0.4), round(-0.0, 1), -0.0 == 0)
