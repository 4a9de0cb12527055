class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Loose(Point):
    pass


class Single:
    __slots__ = "value"


p = Point(1, 2)
p.x = 10
print(p.x, p.y, Point.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
q = Point3(1, 2, 3)
print(q.x, q.z)
try:
    q.w = 1
except AttributeError as e:
    print("AttributeError:", e)
loose = Loose(1, 2)
loose.extra = "fine"
print(loose.extra, hasattr(loose, "__dict__"))
s = Single()
try:
    s.value
except AttributeError as e:
    print("AttributeError:", e)
s.value = 5
del s.value
print(hasattr(s, "value"))
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError:", e)
