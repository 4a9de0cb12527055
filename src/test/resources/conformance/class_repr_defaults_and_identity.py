class Plain:
    pass


class WithEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, WithEq) and self.v == other.v


p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, p1 is p1, p1 is not p2, bool(p1), str(p1) == repr(p1))
print(repr(p1).startswith("<__main__.Plain object at 0x"), type(p1), Plain, Plain.__name__, Plain.__module__)
w = WithEq(1)
print(w == WithEq(1), w != WithEq(1), w != WithEq(2), w == 1, [WithEq(1)].count(w), w in [WithEq(1)])
print(type(Plain) is type, type(type), isinstance(Plain, type), isinstance(p1, object), issubclass(Plain, object))
print(str(int), repr(str), type(None).__name__, type(len).__name__, type(lambda: 0).__name__)
print(type([].append).__name__, type(str.upper).__name__, type(m := Plain()).__name__)


class Meta:
    def method(self):
        return 1


m = Meta()
print(m.method == m.method, m.method is m.method, Meta.method is Meta.method, m.method.__self__ is m, m.method != Meta().method)
items = []
print(items.append == items.append, items.append == [].append, hash(m.method) == hash(m.method), {m.method: 1}[m.method])
print(m.method.__func__ is Meta.method, Meta.method.__qualname__, m.method.__name__, callable(m.method))
print(repr(None), repr(...), repr(NotImplemented), str(Ellipsis), bool(NotImplemented) if False else "-")
