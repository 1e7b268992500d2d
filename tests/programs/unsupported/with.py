# Context managers are outside the subset: 'with'.
class Managed:
    def __enter__(self):
        return self
    def __exit__(self, a, b, c):
        return False
with Managed() as m:
    print("inside")
