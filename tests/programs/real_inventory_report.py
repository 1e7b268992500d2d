# Parsing a CSV-like inventory and printing a formatted report.
data = """sku,name,qty,price
A100,widget,12,2.50
B220,gadget,3,19.99
C310,doohickey,0,7.25
D404,gizmo,27,0.99
E555,thingamajig,5,105.00"""
lines = data.split("\n")
header = lines[0].split(",")
items = []
for line in lines[1:]:
    fields = line.split(",")
    rec = dict(zip(header, fields))
    rec["qty"] = int(rec["qty"])
    rec["price"] = float(rec["price"])
    items.append(rec)
print("%-6s %-12s %5s %9s %10s" % ("SKU", "NAME", "QTY", "PRICE", "VALUE"))
total = 0.0
for it in sorted(items, key=lambda r: -r["qty"] * r["price"]):
    value = it["qty"] * it["price"]
    total += value
    flag = " (out of stock)" if it["qty"] == 0 else ""
    print("%-6s %-12s %5d %9.2f %10.2f%s" % (it["sku"], it["name"], it["qty"], it["price"], value, flag))
print("%-6s %-12s %5d %9s %10.2f" % ("", "TOTAL", sum([it["qty"] for it in items]), "", total))
print(f"average price {sum([it['price'] for it in items]) / len(items):.3f}")
low = [it["name"] for it in items if it["qty"] < 5]
print("reorder:", ", ".join(low))
