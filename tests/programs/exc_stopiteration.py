# StopIteration as an ordinary exception class: raised and caught by user code.
class Countdown:
    def __init__(self, n):
        self.n = n
    def step(self):
        if self.n == 0:
            raise StopIteration("done")
        self.n -= 1
        return self.n + 1
c = Countdown(3)
seen = []
while True:
    try:
        seen.append(c.step())
    except StopIteration as e:
        print("stopped:", e, repr(e))
        break
print(seen)
print(isinstance(StopIteration(), Exception))
