def level3():
    raise KeyError("k")


def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("bad value") from e


def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError("giving up")


level1()
