class Thing:
    pass


nothing = None
five = 5
pair = [1, 2]


checks = [
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [1] + (2,),
    lambda: nothing(),
    lambda: five[0],
    lambda: None.attr,
    lambda: {}[[]],
    lambda: len(5),
    lambda: "abc" * 2.5,
    lambda: pair[1.0],
    lambda: pair["0"],
    lambda: {"a": 1}["b"],
    lambda: [][0],
    lambda: "abc"[10],
    lambda: (1, 2)[5],
    lambda: int([1]),
    lambda: float("1,5"),
    lambda: -"x",
    lambda: ~1.5,
    lambda: Thing() < Thing(),
    lambda: Thing() + 1,
    lambda: 1 < "a",
    lambda: sorted([Thing(), Thing()]),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: Thing().missing,
    lambda: Thing.missing,
    lambda: "x".missing,
    lambda: abs("x"),
    lambda: round("x"),
    lambda: sum([1, "a"]),
    lambda: max(1, "a"),
    lambda: "{}".format(**{}) + "{0}".format(),
    lambda: list(range(3)).remove(9),
    lambda: dict([1, 2]),
    lambda: dict([(1, 2, 3)]),
    lambda: set([[1]]),
    lambda: "a".join("b", "c"),
    lambda: print(1, sep=2),
    lambda: isinstance(1, "int"),
    lambda: issubclass(1, int),
    lambda: getattr(Thing(), 5),
    lambda: Thing(1),
    lambda: object().x,
    lambda: divmod("a", 1),
    lambda: 10 ** "2",
    lambda: [1, 2, 3][::0],
    lambda: "abc".split(None, "x"),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: hash([]),
    lambda: (lambda x: x)(),
    lambda: {1, 2} + {3},
    lambda: {"a": 1} + {"b": 2},
    lambda: [1, 2] - [1],
    lambda: "abc" - "a",
    lambda: 3 @ 4,
    lambda: 5 % "a",
    lambda: "%d" % (1, 2),
    lambda: bool.__new__(bool, 1) if False else int("  "),
]
for i, check in enumerate(checks):
    try:
        check()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
