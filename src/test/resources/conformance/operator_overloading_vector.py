class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __iadd__(self, other):
        print("in-place add")
        self.x += other.x
        self.y += other.y
        return self

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __radd__(self, other):
        return Money(self.cents + other) if isinstance(other, int) else NotImplemented

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    def __truediv__(self, n):
        return Money(self.cents // n)

    def __floordiv__(self, n):
        return "floordiv"

    def __mod__(self, n):
        return Money(self.cents % n)

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return f"${self.cents / 100:.2f}"


a, b = Vector(1, 2), Vector(3, 4)
print(a + b, a - b, a * 3, 2 * a, -a, abs(b), a == Vector(1, 2), a != b)
alias = a
a += b
print(a, alias is a, alias)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
print(sum([Money(150), Money(250)]), Money(1000) / 3, Money(7) // 2, Money(1007) % 100, max(Money(5), Money(9)))
print(sorted([Money(300), Money(100)]), min([Money(3), Money(1)]))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * a
except TypeError as e:
    print("TypeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
try:
    -Money(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) @ Money(2)
except TypeError as e:
    print("TypeError:", e)
