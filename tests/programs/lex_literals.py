# Number literal forms: floats with and without leading/trailing digits, exponents, underscores.
print(1.5, .5, 5., 1e3, 1E3, 1e-9, 1.5e+3, 0.0, 0e0, 1_000.000_1, 1e1_0, 3.14_15)
print(0x1F, 0o17, 0b101, 1_000_000, 0, 00)
print(True, False, None)
print('single', "double", '''triple single''', """triple double""")
print("concat" 'enated' """strings""")
