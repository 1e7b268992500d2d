# Methods calling methods, objects passed to each other, bound methods stored.
class Account:
    rate = 0.05
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        self._record("deposit", amount)
        self.balance += amount
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds: %d > %d" % (amount, self.balance))
        self._record("withdraw", amount)
        self.balance -= amount
        return self
    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)
    def _record(self, kind, amount):
        self.history.append((kind, amount))
    def add_interest(self):
        self.balance = round(self.balance * (1 + self.rate), 2)
a = Account("ann", 100)
b = Account("bob")
a.deposit(50).withdraw(30)
a.transfer(b, 70)
try:
    b.transfer(a, 500)
except ValueError as e:
    print("ValueError:", e)
a.add_interest()
b.add_interest()
print(a.balance, b.balance, a.history, b.history)
dep = b.deposit
dep(1)
dep(2)
print(b.balance, len(b.history))
