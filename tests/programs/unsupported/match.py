# Structural pattern matching is outside the subset: 'match'.
command = "go"
match command:
    case "go":
        print("going")
    case _:
        print("unknown")
