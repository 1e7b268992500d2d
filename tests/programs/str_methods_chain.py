# Method chaining and strings as immutable values.
raw = "  Hello, World! Hello, Python!  "
print(raw.strip().lower().replace("hello", "bye").split(", "))
print("-".join(raw.split()).upper())
s = "abc"
t = s.upper()
print(s, t, s.upper() == t, s is not t)
csv = "name,age,city\nann,30,paris\nbob,25,rome"
rows = [line.split(",") for line in csv.split("\n")]
print(rows)
header = rows[0]
for row in rows[1:]:
    print("; ".join([header[i] + "=" + row[i] for i in range(len(header))]))
print("{}|{}".format("x".upper(), "Y".lower()).replace("|", " / "))
