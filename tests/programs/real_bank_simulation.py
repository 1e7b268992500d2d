# A small deterministic bank simulation with a linear congruential generator.
class Rng:
    def __init__(self, seed):
        self.state = seed
    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state % n

class InsufficientFunds(Exception):
    pass

class Account:
    def __init__(self, ident, balance):
        self.ident = ident
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds("account %d: balance %d < %d" % (self.ident, self.balance, amount))
        self.balance -= amount
    def deposit(self, amount):
        self.balance += amount

rng = Rng(42)
accounts = [Account(i, 100 + 10 * i) for i in range(8)]
failures = 0
for step in range(400):
    a = accounts[rng.next(8)]
    b = accounts[rng.next(8)]
    amount = rng.next(120)
    try:
        a.withdraw(amount)
        b.deposit(amount)
    except InsufficientFunds as e:
        failures += 1
        if failures <= 3:
            print("failed:", e)
print("failures:", failures)
print([acc.balance for acc in accounts])
print("total:", sum([acc.balance for acc in accounts]))
richest = max(accounts, key=lambda acc: acc.balance)
print("richest:", richest.ident, richest.balance)
