def forever(n):
    return forever(n + 1) + 1
print("going deep")
forever(0)
