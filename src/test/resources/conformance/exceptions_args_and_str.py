e = ValueError("a", 2)
print(e.args, str(e), repr(e))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), repr(Exception()))
print(str(ValueError()), repr(RuntimeError("x")), str(OSError("disk")))
class WithData(Exception):
    def __init__(self, field, reason):
        super().__init__(f"{field}: {reason}")
        self.field = field
err = WithData("age", "must be positive")
print(err, err.field, err.args)
try:
    raise err
except Exception as caught:
    print(caught is err, isinstance(caught, WithData))
