class MissingField(AttributeError):
    pass


class Record:
    def __init__(self):
        self.count = 0

    def __getattr__(self, name):
        raise MissingField(f"no field {name!r}")


r = Record()
print(getattr(r, "cont", "default"))
print(r.count)
r.cont
