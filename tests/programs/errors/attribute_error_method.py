"text".push("x")
