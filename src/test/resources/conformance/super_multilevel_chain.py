class Base:
    def __init__(self, name):
        print("Base.__init__", name)
        self.name = name

    def describe(self):
        return f"Base({self.name})"

    @classmethod
    def kind(cls):
        return f"kind:{cls.__name__}"


class Middle(Base):
    def __init__(self, name, level):
        print("Middle.__init__", level)
        super().__init__(name)
        self.level = level

    def describe(self):
        return "Middle/" + super().describe()


class Leaf(Middle):
    def __init__(self):
        print("Leaf.__init__")
        super().__init__("leaf", 3)

    def describe(self):
        return "Leaf/" + super().describe()

    @classmethod
    def kind(cls):
        return "leaf-" + super().kind()


class A:
    def hello(self):
        return ["A"]


class B(A):
    def hello(self):
        return ["B"] + super().hello()


class C(A):
    def hello(self):
        return ["C"] + super().hello()


class D(B, C):
    def hello(self):
        return ["D"] + super().hello()


leaf = Leaf()
print(leaf.describe(), leaf.level, Leaf.kind(), leaf.kind())
print(D().hello(), [k.__name__ for k in D.__mro__])
print(super(B, D()).hello(), isinstance(leaf, (int, Base)), issubclass(Leaf, Middle), issubclass(Base, (Leaf, str)))
print(Leaf.__bases__[0].__name__, Base.__bases__[0].__name__, D.__mro__[-1])
