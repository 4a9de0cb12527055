class Base:
    count = 0
    def __init__(self, name):
        self.name = name
        Base.count += 1
    def greet(self):
        return f"hi {self.name}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    def __eq__(self, other):
        return isinstance(other, Base) and self.name == other.name
    def __hash__(self):
        return hash(self.name)
    def __lt__(self, other):
        return self.name < other.name
class Child(Base):
    def greet(self):
        return super().greet() + "!"
    @property
    def upper(self):
        return self.name.upper()
    @upper.setter
    def upper(self, v):
        self.name = v.lower()
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def make(cls, n): return cls(n)
b, c = Base("b"), Child("c")
print(b, c, b.greet(), c.greet(), Base.count, c.upper)
c.upper = "ZED"; print(c.name, Child.s(4), Child.make("m"), c.s(1))
print(sorted([Child("z"), Base("a"), Child("m")]), Base("x") == Child("x"), len({Base("x"), Child("x")}))
print(Child.__mro__, Child.__name__, Child.__qualname__, issubclass(Child, Base))
class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): yield self.x; yield self.y
    def __bool__(self): return bool(self.x or self.y)
    def __contains__(self, v): return v in (self.x, self.y)
    def __str__(self): return f"<{self.x},{self.y}>"
v = Vec(1, 2) + Vec(3, 4)
print(v, 2 * v, v * 3, len(v), v[0], list(v), bool(Vec(0, 0)), 4 in v, str(v), [*v])
class E(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise E(5)
except E as e:
    print(repr(e), str(e), e.code, e.args)
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None, v); return True
with Ctx() as cm:
    raise ValueError("inside")
print("after with")
class Meta:
    items = []
    def add(self, x):
        self.items.append(x)
        return self
print(Meta().add(1).add(2).items)
print(getattr(c, "name"), hasattr(c, "nope"), getattr(c, "nope", "dflt"))
class Slots:
    def __getattr__(self, n): return n * 2
print(Slots().abc)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), sum(It()))
