items = [10, 20, 30]
attempts = [
    lambda: items[3],
    lambda: items[-4],
    lambda: (1, 2)[5],
    lambda: "abc"[10],
    lambda: [].pop(),
    lambda: items.pop(7),
    lambda: items.index(99),
    lambda: items.remove(99),
    lambda: "abc".index("z"),
    lambda: int("twelve"),
    lambda: int("12.5"),
    lambda: int(""),
    lambda: int("ff", 10),
    lambda: float("abc"),
    lambda: float(""),
    lambda: max([]),
    lambda: min([], key=len),
    lambda: range(0, 5, 0),
    lambda: "a,b".split(""),
    lambda: [1, 2].insert(),
    lambda: (lambda a, b: 0)(*[1, 2, 3]),
]
for a in attempts:
    try:
        a()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
a, b = [1, 2, 3]
