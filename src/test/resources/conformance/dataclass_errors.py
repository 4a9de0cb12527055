from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass(frozen=True)
class Frozen:
    a: int


for make in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(x=1, x2=3)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
f = Frozen(1)
try:
    f.a = 2
except Exception as e:
    print(type(e).__name__, e)
print(Point(1).z)
