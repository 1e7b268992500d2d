n = int("12abc")
