# Exception groups are outside the subset: 'except*'.
try:
    raise ExceptionGroup("group", [ValueError("v")])
except* ValueError:
    print("handled")
