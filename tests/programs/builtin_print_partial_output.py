import io
class B:
    def __str__(self): raise ValueError("s")
try:
    print(1, B())
except ValueError:
    print("caught")
print(2, end="")
try:
    print(B(), 5)
except ValueError: print("!")
class G:
    def __str__(self): return "g"
f = io.StringIO()
print(G(), 1, file=f, sep="-")
print(f.getvalue())
