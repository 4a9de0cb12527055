class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError

with Resource("a") as r, Resource("b"):
    print("body with", r.name)

with Resource("swallows KeyError"):
    raise KeyError("gone")
print("continued after swallowed KeyError")

try:
    with Resource("lets ValueError through"):
        raise ValueError("bad")
except ValueError as e:
    print("caught", e)
