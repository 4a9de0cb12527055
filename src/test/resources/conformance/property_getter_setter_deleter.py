class Account:
    def __init__(self, balance):
        self._balance = balance

    @property
    def balance(self):
        """The balance, never negative."""
        print("get")
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError(f"negative balance: {value}")
        print("set", value)
        self._balance = value

    @balance.deleter
    def balance(self):
        print("del")
        del self._balance


class ReadOnly:
    @property
    def x(self):
        return 1


a = Account(10)
print(a.balance)
a.balance += 5
print(a.balance)
try:
    a.balance = -1
except ValueError as e:
    print("ValueError:", e)
del a.balance
print(hasattr(a, "_balance"))
print(type(Account.balance).__name__, Account.balance.__doc__)
r = ReadOnly()
print(r.x)
try:
    r.x = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.balance
except AttributeError as e:
    print("AttributeError:", e)
