# Attribute reads and writes in hot loops on instances of classes that have properties:
# plain attributes go through guarded helpers, property reads inline the getter; a getter
# that raises now and then and a subclass overriding the property make guards fail.
class Task:
    def __init__(self, prio):
        self.prio = prio
        self.held = False
        self.waiting = prio % 3 == 0
        self.queue = None if prio % 2 else [prio]

    @property
    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    @property
    def weight(self):
        if self.prio == 13:
            raise ValueError("unlucky")
        return self.prio * 2 + 1


class Urgent(Task):
    @property
    def weight(self):
        return 1000


tasks = [Task(i) for i in range(20)] + [Urgent(5)]
total = 0
errors = 0
for rep in range(300):
    for t in tasks:
        if t.runnable:
            try:
                total += t.weight
            except ValueError:
                errors += 1
        t.held = (rep + t.prio) % 7 == 0
print(total, errors)

runs = 0
t = Task(4)
for i in range(2000):
    t.prio = i % 11
    if t.runnable:
        runs += t.weight
print(runs)
