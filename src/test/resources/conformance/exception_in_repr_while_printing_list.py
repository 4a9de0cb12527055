class Fragile:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        if self.n == 2:
            raise RuntimeError(f"cannot show {self.n}")
        return f"Fragile({self.n})"


print([Fragile(1)])
print([Fragile(1), Fragile(2)])
