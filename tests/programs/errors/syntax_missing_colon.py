if 1 > 0
    print("yes")
