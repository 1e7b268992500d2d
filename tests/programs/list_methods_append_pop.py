# append, pop (end, index, negative), and the empty-list error.
stack = []
for i in range(5):
    stack.append(i * i)
print(stack)
print(stack.pop(), stack.pop(0), stack.pop(-2), stack)
stack.append([1, 2])
print(stack, stack.pop(), stack)
while stack:
    print("popped", stack.pop())
try:
    stack.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
r = [1, 2, 3]
print(r.append(4), r)
