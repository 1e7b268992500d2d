# String slicing with positive and negative bounds, omitted bounds and steps.
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2], s[5:2], s[100:], s[-100:3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[-1:-11:-1], s[2:8:10])
print(s[::3], s[::-3], s[0:0], s[3:3], s[-1:], s[:-1])
w = "Python"
for i in range(-len(w), len(w)):
    print(i, w[i], w[i:], w[:i])
try:
    print(w[6])
except IndexError as e:
    print("IndexError:", e)
try:
    print(w[-7])
except IndexError as e:
    print("IndexError:", e)
