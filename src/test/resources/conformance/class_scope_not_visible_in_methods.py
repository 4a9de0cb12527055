class Config:
    retries = 3
    doubled = retries * 2
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    pairs = [(n, i) for i in range(2) for n in names]

    def show(self):
        try:
            return retries
        except NameError as e:
            return f"NameError: {e}"

    def ok(self):
        return self.retries, type(self).retries, Config.doubled


print(Config.doubled, Config.upper, Config.pairs)
print(Config().show())
print(Config().ok())
try:
    class Broken:
        limit = 2
        values = [limit * i for i in range(3)]
    print(Broken.values)
except NameError as e:
    print("NameError:", e)
x = "global"


class Shadow:
    x = "class"
    y = x

    def method(self):
        return x


print(Shadow.y, Shadow().method())


def factory():
    local = "enclosing"

    class Inner:
        seen = local

        def get(self):
            return local

    return Inner


I = factory()
print(I.seen, I().get())
