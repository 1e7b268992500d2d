# Nested dicts and lists: a small in-memory table with updates.
db = {"users": {}, "log": []}
def add_user(name, age, tags):
    db["users"][name] = {"age": age, "tags": tags}
    db["log"].append(("add", name))
add_user("ann", 31, ["admin"])
add_user("bob", 25, [])
add_user("cid", 40, ["ops", "dev"])
db["users"]["bob"]["tags"].append("new")
db["users"]["ann"]["age"] += 1
print(db)
for name, info in db["users"].items():
    print(name, info["age"], ",".join(info["tags"]) or "-")
print(sorted(db["users"], key=lambda n: -db["users"][n]["age"]))
print(len(db["log"]), db["log"][-1])
