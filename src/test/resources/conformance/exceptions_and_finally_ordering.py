class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

def risky(n):
    print("risky", n)
    if n == 1:
        raise AppError(404, "not found")
    if n == 2:
        raise KeyError("key")
    return n

for n in range(4):
    try:
        r = risky(n)
    except AppError as e:
        print("AppError", e.code, e, e.args)
    except (KeyError, IndexError) as e:
        print("lookup failed:", repr(e))
    else:
        print("no error, got", r)
    finally:
        print("finally", n)

def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
        return "from except"
    finally:
        print("outer finally")

print(nested())
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
