class Temp:
    def __init__(self, c): self._c = c
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self): print("deleting"); del self._c
    def __format__(self, spec):
        return f"{self._c:{spec}}C" if spec else f"{self._c}C"
class F(Temp):
    @property
    def f(self): return self.c * 9 / 5 + 32
t = F(100)
print(t.c, t.f, f"{t}", f"{t:.1f}", format(t, ">8"))
t.c = 0; print(t.f)
try:
    t.c = -300
except ValueError as e: print(e)
del t.c
print(hasattr(t, "_c"))
try:
    t.f = 1
except AttributeError as e: print(e)
class S:
    __slots__ = ("a",)
    def __init__(self): self.a = 1
print(S().a)
class Counter:
    def __init__(self, lo, hi): self.lo, self.hi = lo, hi
    def __iter__(self):
        n = self.lo
        while n <= self.hi:
            yield n
            n += 1
    def __reversed__(self): return iter(range(self.hi, self.lo - 1, -1))
    def __len__(self): return self.hi - self.lo + 1
c = Counter(1, 3)
print(list(c), list(reversed(c)), len(c), sum(c), 2 in c, [x * y for x in c for y in c if x < y])
g = (i * i for i in range(4))
print(next(g), list(g), list(g))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for i, v in enumerate(fib()):
    if i >= 10: break
    out.append(v)
print(out)
class Bad:
    def __str__(self): return 5
try:
    str(Bad())
except TypeError as e: print(e)
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return NotImplemented
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(1))
class Box:
    def __init__(self): self.items = {}
    def __getitem__(self, k): return self.items.get(k, "missing")
    def __setitem__(self, k, v): self.items[k] = v
    def __delitem__(self, k): del self.items[k]
b = Box(); b["x"] = 1; print(b["x"], b["y"]); del b["x"]; print(b.items)
print(isinstance(b, Box), type(b).__name__, Box.__qualname__, b.__class__ is Box)
x = [3, 1, 2]
x.sort(key=lambda v: -v); print(x, sorted("bca"), "".join(sorted("bca", reverse=True)))
