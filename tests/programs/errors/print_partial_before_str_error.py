import io
class B:
    def __str__(self): raise ValueError("s")
print(1, "x", B(), 3)
