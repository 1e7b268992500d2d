# Variadic keyword parameters are outside the subset: '**kwargs'.
def options(**kwargs):
    return len(kwargs)
print(options(a=1))
