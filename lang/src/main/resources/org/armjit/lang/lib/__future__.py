# armjit's __future__: every feature is already on.
annotations = True
division = True
print_function = True
absolute_import = True
generators = True
