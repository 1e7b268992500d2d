# % formatting of floats: %f %.Nf %e %g and their widths.
for v in [0.0, 1.0, -2.5, 3.14159265, 1234567.891, 0.000123456, 1e20, 1e-10, 123456789012.0, float("inf"), float("nan"), -0.0]:
    print("%f|%.2f|%.0f|%e|%.3e|%g|%.3g|%10.4f|%12e" % (v, v, v, v, v, v, v, v, v))
print("%.1f %.1f %.1f %.1f" % (0.25, 0.35, 2.675, 1.45))
print("%g %g %g %g %g" % (100000, 1000000, 0.0001, 0.00001, 123456789))
print("%f" % 3, "%e" % 7, "%g" % 10)
