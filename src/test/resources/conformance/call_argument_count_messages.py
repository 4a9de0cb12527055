class Account:
    def deposit(self, amount):
        return amount

    @staticmethod
    def fee():
        return 1

    @classmethod
    def open(cls, owner, *, kind="basic"):
        return cls()


def transfer(source, target, amount=0):
    return amount


attempts = [
    lambda: Account().deposit(1, 2),
    lambda: Account().deposit(),
    lambda: Account.fee(1),
    lambda: Account.open(),
    lambda: Account.open("a", "b"),
    lambda: Account.open("a", kind="x", color=1),
    lambda: transfer(),
    lambda: transfer(1),
    lambda: transfer(1, 2, 3, 4),
    lambda: transfer(1, 2, amount=3, source=4),
    lambda: transfer(1, 2, bogus=3),
    lambda: (lambda a: a)(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: Account(1),
]
for a in attempts:
    try:
        a()
    except TypeError as e:
        print(e)
Account().deposit(1, 2)
