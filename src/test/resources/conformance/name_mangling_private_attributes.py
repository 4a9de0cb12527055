class Account:
    __count = 0

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
        self._protected = "convention only"
        Account.__count += 1

    def deposit(self, amount):
        self.__validate(amount)
        self.__balance += amount
        return self.__balance

    def __validate(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")

    @classmethod
    def count(cls):
        return cls.__count

    def __repr__(self):
        return f"Account({self.owner!r}, {self.__balance})"


class Savings(Account):
    def __init__(self, owner, balance):
        super().__init__(owner, balance)
        self.__balance = "shadow"

    def peek(self):
        return self.__balance, self._Account__balance


a = Account("ann", 10)
print(a.deposit(5), a, Account.count(), a._protected)
try:
    a.__balance
except AttributeError as e:
    print("AttributeError:", e)
print(a._Account__balance, sorted(k for k in a.__dict__))
try:
    a.deposit(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    a.__validate(1)
except AttributeError as e:
    print("AttributeError:", e)
s = Savings("sam", 1)
print(s.peek(), sorted(s.__dict__), Account.count(), hasattr(Account, "_Account__count"))
print(getattr(a, "__balance", "not found"), getattr(a, "_Account__balance"))


class __Dunder__:
    def __init__(self):
        self.__x__ = 1
        self.__y = 2


d = __Dunder__()
print(sorted(d.__dict__))
