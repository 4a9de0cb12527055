class Inventory:
    def __init__(self):
        self.items = {"apple": 2}

    def take(self, name, qty):
        return self._check(name)(qty)

    def _check(self, name):
        def taker(qty):
            have = self.items[name]
            return [have - q for q in [qty] if q <= have] or (lambda: 1 / 0)()
        return taker

    @property
    def total(self):
        return sum(self.items.values()) + self.missing_attr

    @classmethod
    def build(cls):
        return cls()

    @staticmethod
    def helper(x):
        return int(x)


inv = Inventory.build()
print(inv.take("apple", 1))
try:
    inv.total
except AttributeError as e:
    print("AttributeError:", e)
try:
    Inventory.helper("x")
except ValueError as e:
    print("ValueError:", e)
inv.take("apple", 5)
