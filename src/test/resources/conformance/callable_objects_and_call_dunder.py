class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, *, offset=0):
        return x * self.k + offset


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.calls = 0

    def __call__(self, n):
        if n not in self.cache:
            self.calls += 1
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


triple = Multiplier(3)
print(triple(4), triple(4, offset=1), callable(triple), callable(4), callable(print), callable(Multiplier))
print(list(map(triple, [1, 2, 3])))
print(fib(30), fib.calls, type(fib).__name__)
try:
    triple(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Memo(1)(2)
except TypeError as e:
    print("TypeError:", e)
