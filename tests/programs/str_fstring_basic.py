# f-strings with expressions, calls, nested quotes and escaped braces.
name = "Ada"
n = 3
items = [1, 2, 3]
print(f"hello {name}", f"{n + 1}", f"{n * 2} {n ** 2}", f"{items}", f"{len(items)} items")
print(f"{name.upper()}-{name.lower()}", f"{items[0]}{items[-1]}", f"{'quoted'}", f"{{braces}} {n}")
d = {"k": 10}
print(f"{d['k']}", f"{d}", f"{None} {True} {1.5}", f"{n if n > 2 else 0}")
print(f"", f"plain", f'single {n}', f"""triple {n}""")
x = 0.1 + 0.2
print(f"{x}", f"{1e16}", f"{-0.0}")
