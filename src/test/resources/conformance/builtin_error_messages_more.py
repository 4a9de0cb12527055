def show(fn):
    try:
        fn()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

show(lambda: ",".join(["a", 1]))
show(lambda: [1, 2].index(3))
show(lambda: 1 // 0)
show(lambda: {(1, 2): "x"}[(2, 1)])
show(lambda: "abc"[10])
show(lambda: int(None))
show(lambda: [] + ())
show(lambda: sorted([1, "a"]))
show(lambda: abs("x"))
show(lambda: {}.pop("missing"))
show(lambda: set().pop())
show(lambda: "x" * "y")
