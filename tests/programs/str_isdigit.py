# isdigit on digits, letters, signs, empty strings.
for s in ["123", "0", "", "12a", "-1", "1.5", " 1", "٣", "²"]:
    print(repr(s), s.isdigit())
def parse_ints(text):
    out = []
    for tok in text.split():
        if tok.isdigit():
            out.append(int(tok))
    return out
print(parse_ints("7 apples and 12 pears cost 3 4x 5"))
