def check(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(lambda: undefined_name)
check(lambda: "a" + 1)
check(lambda: 1 + "a")
check(lambda: [1, 2][5])
check(lambda: {"a": 1}["b"])
check(lambda: int("x1"))
check(lambda: None.attr)
check(lambda: len(5))
check(lambda: [].pop())
check(lambda: (1, 2).append)
check(lambda: float("abc"))
check(lambda: "abc".index("z"))
