# Iterating dicts: keys by default, items unpacking, sorted views, sum of values.
stock = {"pears": 4, "apples": 10, "kiwis": 0, "figs": 7}
for k in stock:
    print(k, stock[k])
for name, n in stock.items():
    if n:
        print(name.upper(), n)
print(sum(stock.values()), max(stock.values()), sorted(stock), sorted(stock.items()))
print(max(stock, key=lambda k: stock[k]), min(stock.items(), key=lambda kv: kv[1]))
print([k for k, v in stock.items() if v > 3], len(stock))
print(list(enumerate(stock)), list(zip(stock, stock.values())))
