print(__debug__)
__debug__ = False
