# // and % on floats, with sign rules matching ints.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 2.5), (-7, 2.5), (0.0, 3), (-0.0, 3),
         (1.0, 0.1), (5.5, 5.5), (1e20, 3.0), (3.0, 1e20), (-3.0, 1e20), (0.3, 0.1)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-1e-20 % 1.0, 1e-20 % -1.0, 6.0 % -3.0, -6.0 % 3.0)
print(float("inf") % 1.0 != float("inf") % 1.0)
print(5 % float("inf"), -5 % float("inf"), 5.0 // float("inf"), -5.0 // float("inf"))
