raise Exception("code", 42)
