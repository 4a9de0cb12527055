a = "x" * 3
b = "".join(["x", "x", "x"])
print(a.__eq__(b), a.__ne__(b), a.__lt__("y"), a.__ge__("xxx"), a.__hash__() == hash(b), "a".__eq__(1))
print((1000).__eq__(10 ** 3), (1).__eq__(1.0), (1.0).__eq__(1), (2).__lt__(3), (2.5).__gt__(2), True.__eq__(1))
print([1].__eq__([1]), [1].__lt__([2]), (1, 2).__eq__((1, 2)), (1,).__le__((0,)), (1, 2).__hash__() == hash((1, 2)))
print((7).__hash__(), (1.5).__hash__() == hash(1.5), [].__eq__(()), ().__eq__([]), list.__hash__)


class Person:
    def __init__(self, name, age):
        self.name, self.age = name, age

    def __eq__(self, other):
        return isinstance(other, Person) and self.name.__eq__(other.name)

    def __hash__(self):
        return self.name.__hash__()

    def __lt__(self, other):
        return self.age.__lt__(other.age)


people = [Person("ann", 30), Person("bob", 25), Person("ann", 99)]
print(len(set(people)), [p.name for p in sorted(people)], Person("x", 1) == Person("x", 2))


class Name(str):
    pass


n = Name("zed")
print(n == "zed", n.__eq__("zed"), n < "zz", hash(n) == hash("zed"), {n: 1}["zed"], sorted([Name("b"), "a"]))
print(1 == "1", (1).__eq__("1"), sorted([3, 1.5, True]))
try:
    (1).__lt__()
except TypeError as e:
    print("TypeError")
