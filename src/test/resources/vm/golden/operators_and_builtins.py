class Money:
    def __init__(self, c): self.c = c
    def __add__(self, o):
        if isinstance(o, Money): return Money(self.c + o.c)
        return NotImplemented
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __iadd__(self, o):
        self.c += o.c
        return self
    def __neg__(self): return Money(-self.c)
    def __eq__(self, o): return isinstance(o, Money) and o.c == self.c
    def __lt__(self, o): return self.c < o.c
    def __repr__(self): return f"Money({self.c})"
    def __call__(self, k): return self.c * k
    def __index__(self): return self.c
m = sum([Money(1), Money(2), Money(3)])
print(m, -m, m(2), [0, 1, 2, 3, 4, 5, 6][m], Money(1) == Money(1), Money(1) != Money(2), max(Money(5), Money(2)))
mm = Money(1); alias = mm; mm += Money(4); print(mm, alias is mm)
try:
    Money(1) + 1
except TypeError as e:
    print(e)
try:
    Money(1) < 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
for a, *b in [(1, 2, 3), (4, 5)]:
    print(a, b)
xs = list(range(10))
xs[1:3] = ["a", "b", "c"]
del xs[::3]
print(xs)
print({(i, j) for i in range(2) for j in range(2) if i != j}, {i: [j for j in range(i)] for i in range(3)})
class Outer:
    def method(self):
        def helper():
            return super(Outer, self).__repr__()[:7]
        return helper()
    def m2(self):
        return (lambda: super().__class__.__name__)()
print(Outer().method())
class Multi:
    def __enter__(self): print("enter", id(self) > 0); return 1
    def __exit__(self, *a): print("exit"); return False
def withs():
    for i in range(3):
        with Multi() as a, Multi() as b:
            if i == 1:
                return a + b
print(withs())
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a): raise KeyError("exit failed")
try:
    with BadExit():
        raise ValueError("body")
except KeyError as e:
    print("exit error", repr(e), repr(e.__context__))
memo = {}
def fibm(n):
    if n in memo: return memo[n]
    r = n if n < 2 else fibm(n - 1) + fibm(n - 2)
    memo[n] = r
    return r
print(fibm(90))
print("%r and %s" % ("q", [1]), f"{'nested ' + f'{1 + 1}'}", f"{3:{'>'}{5}}", f"{{literal}}")
def counter():
    state = []
    def add(x):
        state.append(x)
        return len(state)
    return add
add = counter(); add(1); print(add(2))
def outer_g():
    global GG
    GG = "set"
outer_g(); print(GG)
print(1 if False else 2 if False else 3, not 1 in [1], 1 not in [2], None is not None)
print(list(map(lambda x: x * 2, filter(None, [0, 1, 2]))), list(zip(*[(1, 2), (3, 4)])))
print(sorted(["b", "A", "c"], key=str.lower), sorted([3, 1, 2], reverse=True), list(reversed("abc")))
print([i for i in range(20) if i % 2 if i % 3], [j for i in range(3) for j in range(i)])
s = "hello world"
print(s.split(), s.title(), s.replace("o", "0", 1), s[::-2], s.count("l"), s.startswith(("he", "x")))
it = iter([1, 2, 3]); next(it); print(list(it), next(iter([]), "default"))
print(type(lambda: 0).__name__, callable(len), callable(1))
print(int("ff", 16), int(3.9), int(-3.9), float(2), bool([]), bool([0]), str(None), 7 // 2.0, 2 ** 3 ** 2)
print(1_000_000, 0x1F, 0o17, 0b101, 1e3, .5, 5., 3 * "ab", [0] * 3)
