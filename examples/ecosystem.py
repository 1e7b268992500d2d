# ecosystem.py - a class-based simulation: rabbits and foxes on a small torus world.
#
# Shows: classes with __init__ and methods, single inheritance with super(), class
# attributes, __repr__, isinstance, dicts keyed by tuples, and a deterministic
# pseudo-random generator (the subset has no random module, so we write one).
#   ./armjit run examples/ecosystem.py


class Rng:
    """A linear congruential generator: the same numbers on every run and every VM."""
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n


class Animal:
    next_id = 0

    def __init__(self, x, y, energy):
        self.x = x
        self.y = y
        self.energy = energy
        self.alive = True
        Animal.next_id += 1
        self.ident = Animal.next_id

    def move(self, world, rng):
        dx, dy = world.DIRS[rng.below(4)]
        self.x = (self.x + dx) % world.size
        self.y = (self.y + dy) % world.size
        self.energy -= self.cost

    def __repr__(self):
        return "%s#%d@(%d,%d)" % (self.kind, self.ident, self.x, self.y)


class Rabbit(Animal):
    kind = "rabbit"
    cost = 1

    def __init__(self, x, y):
        super().__init__(x, y, 6)

    def act(self, world, rng):
        self.move(world, rng)
        if world.grass.get((self.x, self.y), 0) > 0:
            world.grass[(self.x, self.y)] -= 1
            self.energy += 3
        if self.energy > 10:
            self.energy //= 2
            world.born.append(Rabbit(self.x, self.y))


class Fox(Animal):
    kind = "fox"
    cost = 2

    def __init__(self, x, y):
        super().__init__(x, y, 25)

    def act(self, world, rng):
        self.move(world, rng)
        for other in world.at(self.x, self.y):
            if isinstance(other, Rabbit) and other.alive:
                other.alive = False
                self.energy += 8
                break
        if self.energy > 40:
            self.energy //= 2
            world.born.append(Fox(self.x, self.y))


class World:
    DIRS = [(0, 1), (1, 0), (0, -1), (-1, 0)]

    def __init__(self, size, rng):
        self.size = size
        self.animals = []
        self.born = []
        self.grass = {}
        for x in range(size):
            for y in range(size):
                self.grass[(x, y)] = rng.below(3)

    def at(self, x, y):
        return [a for a in self.animals if a.x == x and a.y == y]

    def step(self, rng):
        for a in self.animals:
            if a.alive:
                a.act(self, rng)
        for key in self.grass:
            if self.grass[key] < 3 and rng.below(4) == 0:
                self.grass[key] += 1
        self.animals = [a for a in self.animals if a.alive and a.energy > 0] + self.born
        self.born = []

    def census(self):
        counts = {"rabbit": 0, "fox": 0}
        for a in self.animals:
            counts[a.kind] += 1
        return counts


rng = Rng(7)
world = World(14, rng)
for i in range(40):
    world.animals.append(Rabbit(rng.below(14), rng.below(14)))
for i in range(6):
    world.animals.append(Fox(rng.below(14), rng.below(14)))
for t in range(400):
    world.step(rng)
    if t % 25 == 0:
        c = world.census()
        print("t=%3d rabbits=%4d foxes=%3d grass=%4d" % (t, c["rabbit"], c["fox"], sum(world.grass.values())))
print("survivors:", world.animals[:3])
