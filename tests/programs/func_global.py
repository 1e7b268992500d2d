# global declarations let functions rebind module-level names.
count = 0
log = []
def bump():
    global count
    count += 1
    log.append(count)
def reset():
    global count, log
    count = 0
    log = []
bump(); bump(); bump()
print(count, log)
reset()
print(count, log)
def create():
    global created
    created = "made inside"
create()
print(created)
def reads_only():
    return count + 100
print(reads_only())
x = "module"
def shadow():
    x = "local"
    return x
print(shadow(), x)
