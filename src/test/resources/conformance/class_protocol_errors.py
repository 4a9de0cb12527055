class Plain:
    pass


class BadInit:
    def __init__(self):
        return 5


class NeedsArgs:
    def __init__(self, a, b=2, *, c):
        self.a = a


attempts = [
    lambda: Plain(1),
    lambda: Plain()[0],
    lambda: Plain()(1),
    lambda: len(Plain()),
    lambda: Plain() < Plain(),
    lambda: Plain() + 1,
    lambda: hash({}),
    lambda: BadInit(),
    lambda: NeedsArgs(),
    lambda: NeedsArgs(1),
    lambda: NeedsArgs(1, 2, 3, c=4),
    lambda: NeedsArgs(1, a=1, c=2),
    lambda: object().x,
    lambda: setattr(object(), "x", 1),
    lambda: getattr(Plain(), 5),
    lambda: isinstance(1, "int"),
    lambda: issubclass(1, int),
    lambda: super(int, "x"),
]
for a in attempts:
    try:
        a()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
p = Plain()
p[0] = 1
