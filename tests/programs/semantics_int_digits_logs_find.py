import math
print(len(str(10**4299)))
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError", e)
try:
    str(10**4300)
except ValueError as e:
    print("ValueError", e)
print(math.log(10**400), math.log10(10**400), math.log(2**5000, 2))
r = range(10**20, 10**20 + 10)
print(r[3], len(r), r[-1], 10**20 + 5 in r)
print("abc".find("b", 10), "abc".find("", 3), "abc".find("", 4), "abc".rfind("", 10), "abc".count("", 5))
x = 1 << 80000
print(x.bit_length())
for e in (4298, 4299, 4300):
    for sign in (1, -1):
        try:
            print(e, sign, len(str(sign * 10**e)), len(repr(sign * (10**e - 1))))
        except ValueError as ex:
            print(e, sign, "ValueError")
print(len(f"{10**4299}"), len("%d" % 10**4299))
for k in (1000, 1023, 1024, 1025, 3000, 10**5):
    x = 3 ** k
    print(k, math.log(x), math.log10(x), math.log2(x), math.log(x, 10), math.log(x, 3))
print(math.log2(2**5000), math.log10(10**5000), math.log(2**1024 - 1), math.log2(2**1024 - 2**970))
for bad in (0, -10**400):
    try:
        math.log10(bad)
    except ValueError as e:
        print("ValueError", e)
s="abc"
print(s.find("",3), s.find("",4), s.find("b",10), s.rfind("",4), s.rfind("",3), s.count("",3), s.count("",4), s.count("",5,2), s.startswith("",4), s.endswith("",4), s.find("",-10), s.find("", 2, 1), s.count("", 2, 1))
