class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None


class BadLen:
    def __len__(self):
        return -1


class FloatLen:
    def __len__(self):
        return 2.0


class BadBool:
    def __bool__(self):
        return 1


class BadHash:
    def __hash__(self):
        return "h"


class LenOnly:
    def __len__(self):
        return 0


for label, action in [
    ("repr", lambda: repr(BadRepr())),
    ("str", lambda: str(BadStr())),
    ("len", lambda: len(BadLen())),
    ("len float", lambda: len(FloatLen())),
    ("bool", lambda: bool(BadBool())),
    ("hash", lambda: hash(BadHash())),
    ("print", lambda: print(BadStr())),
    ("format", lambda: f"{BadStr()}"),
    ("container repr", lambda: str([BadRepr()])),
]:
    try:
        action()
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)
print(bool(LenOnly()), "falsy" if not LenOnly() else "truthy")
