# The Ellipsis literal is outside the subset: '...'.
def todo():
    ...
print(todo())
