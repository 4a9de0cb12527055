class Basket:
    items = []

    def add(self, item):
        self.items.append(item)

class SafeBasket:
    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)

a, b = Basket(), Basket()
a.add("apple")
print(b.items, Basket.items is a.items)
c, d = SafeBasket(), SafeBasket()
c.add("apple")
print(d.items, c.items)
