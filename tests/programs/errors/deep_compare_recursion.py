print("start")
a = []
b = []
for i in range(1200):
    a = [a]
    b = [b]
print(a == b)
