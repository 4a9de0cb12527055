class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None, exc, tb is None)
        return exc_type is not None and issubclass(exc_type, self.types)


class Tracker:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


with Suppress(KeyError) as s:
    print(type(s).__name__)
    {}["k"]
    print("unreachable")
print("after 1")
with Suppress(KeyError):
    print("clean body")
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("caught", e)
with Tracker("a") as x, Tracker("b") as y:
    print(x, y)
try:
    with Tracker("outer"):
        with Tracker("inner"):
            1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def early():
    with Tracker("ret"):
        return "returned"


print(early())
for i in range(3):
    with Tracker(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
