class Config:
    def __init__(self, **options):
        self.__dict__.update(options)
        self.loaded = True

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"Config({fields})"


c = Config(host="db", port=5432)
print(c, c.host, c.port)
c.__dict__["timeout"] = 3.5
print(c.timeout, "timeout" in c.__dict__, len(c.__dict__))
del c.__dict__["port"]
print(hasattr(c, "port"), sorted(c.__dict__), list(c.__dict__.values()))
d = c.__dict__
c.late = 1
print(d["late"], d is not None, d == {"host": "db", "loaded": True, "timeout": 3.5, "late": 1})
snapshot = dict(c.__dict__)
c.host = "other"
print(snapshot["host"], c.__dict__["host"], c.__dict__.get("missing", "-"), c.__dict__.pop("late"), hasattr(c, "late"))
print({**c.__dict__}, list(c.__dict__), c.__dict__.setdefault("host", "x"), c.__dict__.setdefault("new", 0), c.new)


class Empty:
    pass


e = Empty()
print(e.__dict__, bool(e.__dict__))
e.__dict__.clear()
e.__dict__.update(a=1, b=2)
print(e.a + e.b, sorted(e.__dict__.items()))
for key in list(e.__dict__):
    delattr(e, key)
print(e.__dict__)
