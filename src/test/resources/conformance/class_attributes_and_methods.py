class Counter:
    instances = 0

    def __init__(self, start=0, step=1):
        self.value = start
        self.step = step
        Counter.instances += 1

    def increment(self, times=1):
        for _ in range(times):
            self.value += self.step
        return self

    def __eq__(self, other):
        return isinstance(other, Counter) and self.value == other.value

    def __len__(self):
        return self.value

    def __lt__(self, other):
        return self.value < other.value

c1 = Counter()
c2 = Counter(10, step=5)
c1.increment().increment(3)
c2.increment(times=2)
print(c1.value, c2.value, Counter.instances, c1 == Counter(4), c1 == 4, len(c2))
print([c.value for c in sorted([c2, c1])])
method = c1.increment
method()
print(c1.value)
