class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code


class Quiet(Exception):
    def __str__(self):
        return "custom text"


samples = [
    ValueError(),
    ValueError("one"),
    ValueError("one", 2),
    ValueError(None),
    KeyError("k"),
    KeyError(1, 2),
    StopIteration(5),
    AppError(404, "not found"),
    Quiet("ignored"),
    ExceptionGroup("eg", [ValueError(1), TypeError(2)]),
    OSError(2, "No such file"),
    TimeoutError(),
]
for e in samples:
    print(type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)
raise AppError(500, "server")
