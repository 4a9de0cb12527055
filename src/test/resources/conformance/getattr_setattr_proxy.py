class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "_changes", [])

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"record has no field {name!r}") from None

    def __setattr__(self, name, value):
        self._changes.append(name)
        self._fields[name] = value

    def __delattr__(self, name):
        print("deleting", name)
        del self._fields[name]


class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = 0

    def __getattr__(self, name):
        self.calls += 1
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapped(*args, **kwargs):
                print(f"-> {name}{args}")
                return attr(*args, **kwargs)
            return wrapped
        return attr


class Strict:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"{name} is private")
        return object.__getattribute__(self, name)


r = Record(a=1)
r.b = 2
r.a += 10
print(r.a, r.b, r._changes, hasattr(r, "zzz"), getattr(r, "zzz", "fallback"))
try:
    r.zzz
except AttributeError as e:
    print("AttributeError:", e)
del r.a
print(r._fields)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.calls, len(p._target))
s = Strict()
s.visible = 1
s.secret_key = 2
print(s.visible, hasattr(s, "secret_key"))
try:
    s.secret_key
except AttributeError as e:
    print("AttributeError:", e)


class Fallback:
    @property
    def broken(self):
        raise AttributeError("inner detail")

    @property
    def other(self):
        raise AttributeError("property failed")

    def __getattr__(self, name):
        if name == "broken":
            return "fallback for broken"
        raise AttributeError(f"no {name}")


fb = Fallback()
print(fb.broken, hasattr(fb, "other"), getattr(fb, "nothing", "dflt"))
try:
    fb.other
except AttributeError as e:
    print("AttributeError:", e)


class NoFallback:
    @property
    def value(self):
        raise AttributeError("computed value unavailable")


print(hasattr(NoFallback(), "value"))
try:
    NoFallback().value
except AttributeError as e:
    print("AttributeError:", e)
