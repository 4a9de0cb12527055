x = "global"
class A:
    x = "class"
    def m(self):
        return x
    y = [x for _ in range(1)]
    z = (lambda: x)()
    class Inner:
        v = 1
        def get(self): return A.x + str(self.v)
print(A().m(), A.y, A.z, A.Inner().get(), A.Inner.__qualname__)
def make():
    val = "closure"
    class B:
        w = val
        def get(self): return val
    return B
B = make()
print(B.w, B().get(), B.__qualname__)
class C:
    items = []
    def add(self, v):
        self.items.append(v)
        return self
a, b = C(), C()
a.add(1); b.add(2)
print(C.items, a.items is b.items)
class D:
    count = 0
    def __init__(self):
        D.count += 1
        self.count += 10
d1 = D(); d2 = D()
print(D.count, d1.count, d2.count)
class E:
    def __init__(self): self.__private = 1
    def get(self): return self.__private
print(E().get(), hasattr(E(), "__private"), hasattr(E(), "_E__private"))
class Base:
    def __repr__(self): return f"<{self.__class__.__name__} {self.__dict__}>"
class Point(Base):
    def __init__(self, x, y): self.x, self.y = x, y
print(Point(1, 2))
print(Point.__bases__, Point.__base__, object.__name__)
class M:
    __secret = "s"
    def __helper(self): return self.__secret + "!"
    def call(self): return self.__helper()
print(M().call(), M._M__secret, hasattr(M, "__secret"), "_M__helper" in M.__dict__)
class _U:
    def __init__(self): self.__v = 1
print(sorted(_U().__dict__))
