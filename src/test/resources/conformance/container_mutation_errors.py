attempts = [
    lambda: "abc".__setitem__(0, "x"),
    lambda: (1, 2).count(),
    lambda: {}.update(1),
    lambda: dict([1, 2]),
    lambda: dict([(1, 2, 3)]),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: [3, 1].sort(key=1),
    lambda: list(5),
    lambda: tuple(None),
    lambda: [1, 2, 3][::0],
    lambda: frozenset([1]).add(2),
    lambda: {1: 2}.keys()[0],
    lambda: [].extend(3),
    lambda: "-".join(["a", 1]),
    lambda: "abc".split(1),
    lambda: "abc".replace("a"),
    lambda: "abc".center(),
    lambda: "abc".startswith(["a"]),
]
for a in attempts:
    try:
        print(a())
    except (TypeError, ValueError, KeyError, AttributeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
t = (1, 2)
del t[0]
