# Single inheritance: overriding, inherited methods, method lookup through the chain.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"

class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog"

class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " (squeaky)"

for a in [Animal("thing"), Dog("rex"), Puppy("bit")]:
    print(a.speak(), "|", a.kind())
print(isinstance(Puppy("p"), Animal), isinstance(Dog("d"), Puppy), isinstance(Animal("a"), Dog))
class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
