# KeyError messages show the repr of the missing key.
d = {"a": 1}
for key in ["b", 2, 2.5, (1, 2), None, True, "it's", ""]:
    try:
        print(d[key])
    except KeyError as e:
        print("KeyError:", e, "|", repr(e))
try:
    d.pop("x")
except KeyError as e:
    print(str(e))
try:
    del d["y"]
except KeyError as e:
    print("KeyError caught:", repr(e))
