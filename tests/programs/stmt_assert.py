# assert passes silently when true and raises AssertionError (with optional message) when false.
assert True
assert 1 == 1, "never shown"
assert [1], "non-empty lists are true"
def check(v):
    try:
        assert v > 0, "value must be positive, got %d" % v
        return "ok"
    except AssertionError as e:
        return "AssertionError: " + str(e)
print(check(5), check(-3))
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), "[" + str(e) + "]")
try:
    assert 0, ("tuple", "message")
except AssertionError as e:
    print(e)
