for __debug__ in [1]:
    pass
