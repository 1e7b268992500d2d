# Allocates a great deal in total (lists, strings, dicts, floats, instances, tuples) while
# keeping only a small, bounded amount alive: a collector must recycle the garbage.


class Particle:
    def __init__(self, x, y, name):
        self.x = x
        self.y = y
        self.name = name

    def step(self, dt):
        return Particle(self.x + dt * self.y, self.y - dt * self.x, self.name)


def batch(i):
    row = [i, i + 1, i * 2, float(i) / 3.0, str(i)]
    label = "item-" + str(i) + ":" + row[4] * 3
    record = {"id": i, "label": label, "row": row, "pair": (i, label)}
    padding = [i] * 300                 # short-lived bulk: a list and a string per call
    record["pad"] = len(padding) + len("." * 400)
    return record


recent = []
checksum = 0
chars = 0
p = Particle(1.0, 0.0, "p")
for i in range(60000):
    r = batch(i)
    checksum = (checksum + r["id"] * 7 + len(r["row"]) + r["pad"]) % 1000003
    chars += len(r["label"])
    p = p.step(0.001)
    recent.append(r)
    if len(recent) > 50:
        recent = recent[25:]          # bounded live set; the dropped records become garbage
    if i % 1000 == 0:
        words = " ".join([str(j * j) for j in range(200)]).split(" ")
        chars += len(words)
print(checksum, chars, len(recent), recent[-1]["label"])
print(round(p.x, 6), round(p.y, 6), p.name)
