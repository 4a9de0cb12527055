class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return f"Base.__add__({type(other).__name__})"

    def __radd__(self, other):
        return f"Base.__radd__({type(other).__name__})"

    def __eq__(self, other):
        print(f"Base.__eq__ {type(self).__name__} vs {type(other).__name__}")
        return NotImplemented


class Derived(Base):
    def __radd__(self, other):
        return f"Derived.__radd__({type(other).__name__})"

    def __eq__(self, other):
        print(f"Derived.__eq__ {type(self).__name__} vs {type(other).__name__}")
        return NotImplemented


print(Base(1) + Base(2), Base(1) + Derived(2), 5 + Base(1), Derived(1) + 5)
print(Base(1) == Derived(1))
b = Base(1)
print(b == b, b != b, b == Base(1))


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print([10, 20, 30][Idx(1)], "abcdef"[Idx(1):Idx(4)], list(range(Idx(3))), hex(Idx(255)), bin(Idx(5)), "ab" * Idx(2))


class Both:
    def __len__(self):
        print("len called")
        return 0

    def __bool__(self):
        print("bool called")
        return True


print(bool(Both()), "yes" if Both() else "no")


class OnlyIter:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])


print(2 in OnlyIter(), 9 in OnlyIter())


class Parent:
    def __hash__(self):
        return 7


class Child(Parent):
    def __eq__(self, other):
        return True


print(hash(Parent()), Child.__hash__ is None)
try:
    hash(Child())
except TypeError as e:
    print("TypeError:", e)


class Cmp:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v


print(Cmp(2) > Cmp(1), sorted([Cmp(3), Cmp(1)], key=lambda c: c)[0].v)
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print("TypeError:", e)
