def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"<{tag}>{fn(*a, **k)}</{tag}>"
        inner.__name__ = fn.__name__
        return inner
    return wrap
@deco("b")
@deco("i")
def hello(name="x"):
    return "hi " + name
print(hello(), hello(name="y"), hello.__name__)
class A:
    def who(self): return ["A"]
class B(A):
    def who(self): return ["B"] + super().who()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Registry:
    subclasses = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Registry.subclasses.append(cls.__name__)
class P1(Registry): pass
class P2(Registry): pass
print(Registry.subclasses)
class Named:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, typ=None):
        return f"descriptor {self.name}" if obj else self
class Host:
    attr = Named()
print(Host().attr, type(Host.attr).__name__)
class Factory:
    count = 0
    @classmethod
    def create(cls):
        cls.count += 1
        return cls()
class SubFactory(Factory):
    @classmethod
    def create(cls):
        obj = super().create()
        return obj
print(type(SubFactory.create()).__name__, SubFactory.count, Factory.count)
def f():
    try:
        return 1
    finally:
        return 2
print(f())
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
print(g())
class K:
    xs = [1, 2, 3]
    doubled = [x * 2 for x in xs]
print(K.doubled)
def make_counters():
    fs = []
    for i in range(3):
        def c(i=i):
            return i
        fs.append(c)
    return [f() for f in fs]
print(make_counters())
def gen():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
        raise
gg = gen(); next(gg); gg.send("a"); gg.send("b"); gg.close()
def g2():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
it = g2(); print(next(it), it.throw(ValueError("bad")))
try:
    raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
except* ValueError as eg:
    print("values:", repr(eg))
except* TypeError as eg:
    print("types:", repr(eg))
try:
    try:
        raise ExceptionGroup("g", [KeyError("k"), OSError("o")])
    except* KeyError:
        raise RuntimeError("from handler")
except ExceptionGroup as e:
    print(repr(e), [repr(x) for x in e.exceptions])
x = 10
def scope_test():
    x = 20
    def inner():
        return x
    x = 30
    return inner()
print(scope_test())
print(sorted({3: "c", 1: "a", 2: "b"}.items(), key=lambda kv: -kv[0]))
print(all(x > 0 for x in [1, 2]), any([]), max([3, 1, 2], key=lambda v: -v), min("bca"))
print({k: v for k, v in zip("abc", range(3)) if v}, {x % 3 for x in range(10)})
a = b = [1]
a += [2]
print(a, b, a is b)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2)
print(int.__name__, (1).__class__.__name__, "abc".__len__(), [].__class__)
print(divmod(-7, 2), round(2.5), round(3.5), round(2.675, 2), abs(-3), pow(2, 10), pow(2, 10, 7))
print(str(1e100), 1e-5, 123456789.123456789, float("inf"), -float("inf"), 2**0.5)
print("%s is %d years and %.1f%%" % ("Bob", 30, 99.5), "{} {:>4}".format("a", 7), "x".join(["1", "2"]))
