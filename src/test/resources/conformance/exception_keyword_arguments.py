for make in (lambda: AttributeError(foo=1), lambda: ValueError(x=1), lambda: NameError("n", obj=1),
             lambda: ImportError("i", name="mod", path="/p")):
    try:
        e = make()
        print(type(e).__name__, e.args, e.name)
    except TypeError as err:
        print("TypeError:", err)
total = 3


def report():
    raise NameError("lookup failed", name="totl")


report()
