# % formatting: %d %i %s %r %%, single values and tuples.
print("%d" % 42, "%i" % -7, "%d" % 3.99, "%d" % True, "%d" % (10 ** 20))
print("%s" % "text", "%s" % 12, "%s" % [1, 2], "%s" % None, "%s" % 1.5, "%s" % (1.0,))
print("%r" % "text", "%r" % 'it\'s', "%r" % [1, "a"], "%r" % None, "%r" % 2.5)
print("100%%", "%d%%" % 50, "%s and %s" % ("this", "that"), "%s=%d" % ("x", 5))
print("%s" % (("tuple", "inside"),), "%s-%s-%s" % (1, 2.0, "3"))
name = "world"
print("hello %s, you are %d years and %s" % (name, 30, [1]))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
