key, position = "a", 1.5
attempts = [
    lambda: len(5),
    lambda: {[1]: 2},
    lambda: {[1, 2]},
    lambda: hash([]),
    lambda: (1, 2).__setitem__,
    lambda: "abc".join([1, 2]),
    lambda: sorted([1, "a"]),
    lambda: sum(["a", "b"]),
    lambda: int([1]),
    lambda: float(None),
    lambda: iter(5),
    lambda: next([1]),
    lambda: abs("x"),
    lambda: round("x"),
    lambda: isinstance(1, 2),
    lambda: "x" in 5,
    lambda: [1, 2][key],
    lambda: "abc"[position],
    lambda: {}.get(),
    lambda: print(sep=1),
]
for a in attempts:
    try:
        a()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
t = (1, 2)
t[0] = 5
