# UTF-8 source text: non-ASCII in strings and comments (ünïcödé ☃).
greeting = "héllo wörld"
snow = "☃"
print(greeting, snow, len(greeting), len(snow))
print("日本語のテキスト".replace("テキスト", "文字"))
print("→ arrows ←", "€100", "½")
