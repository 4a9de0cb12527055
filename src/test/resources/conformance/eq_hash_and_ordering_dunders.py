class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __repr__(self):
        return f"P({self.x},{self.y})"


class NoHash:
    def __eq__(self, other):
        return True


p = Point(1, 2)
print(p == Point(1, 2), p != Point(1, 2), p == (1, 2), p != "x")
print(len({p, Point(1, 2), Point(2, 1)}))
d = {p: "first"}
d[Point(1, 2)] = "second"
print(d)
print(sorted([Point(3, 0), Point(1, 5), Point(1, 2)]))
print(Point(2, 0) > Point(1, 9), max([Point(0, 1), Point(0, 3)]))
try:
    Point(1, 1) <= Point(2, 2)
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__ is None)
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
print(NoHash() == 5, NoHash() != 5)
print(p in [Point(0, 0), Point(1, 2)], [p].count(Point(1, 2)), [Point(5, 5), p].index(Point(1, 2)))
