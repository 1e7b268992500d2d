# __eq__ and __lt__ drive ==, !=, <, >, sorting, min/max, in and index.
class Version:
    def __init__(self, text):
        self.parts = [int(p) for p in text.split(".")]
        self.text = text
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + self.text

vs = [Version("1.10"), Version("1.2"), Version("0.9.9"), Version("1.2.0"), Version("1.2")]
print(sorted(vs))
print(min(vs), max(vs))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"), Version("1.2") < Version("1.10"))
print(Version("2.0") > Version("1.9"), Version("1.2") in vs, vs.index(Version("1.2")), vs.count(Version("1.2")))
print(sorted(vs, reverse=True))
class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), a != Plain())
