class Counter:
    def __init__(self):
        self.total = 0

    def add(self, x):
        self.total += x
        return self.total

c = Counter()
for i in range(20000):
    c.add(i)
print(c.total)
