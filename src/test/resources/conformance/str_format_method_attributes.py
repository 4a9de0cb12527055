class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1.5, -2)
print("{0.x} and {0.y}".format(p), "{p!r} {p!s} {p}".format(p=p))
print(f"{p} {p!r} {str(p):>12}|")
print("{:>10}|{:<10}|{:^10}|".format("r", "l", "c"))
print("{:+.1f} {:+.1f} {: d}".format(1.25, -1.25, 5))
print("%s %r %.1f%%" % (p, p, 12.345))
