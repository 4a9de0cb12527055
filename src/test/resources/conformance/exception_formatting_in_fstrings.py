errors = [KeyError("user"), ValueError("bad value"), IndexError(3), Exception("a", 1), RuntimeError()]
for e in errors:
    print(f"Error: {e} | {e!r} | {type(e).__name__} | {e.args}")
    print("Error: %s" % e, "{}".format(e), str(e) or "<empty>")
try:
    {}["k"]
except Exception as e:
    print(f"caught {e.__class__.__name__}: {e}")
    print(isinstance(e, LookupError), issubclass(type(e), Exception))
print(ValueError("x") == ValueError("x"), ValueError.__mro__)
print(ValueError.__name__, ValueError.__qualname__, ValueError.__module__)
import asyncio
print(asyncio.CancelledError.__module__, asyncio.TimeoutError is TimeoutError)
print(asyncio.InvalidStateError.__mro__)
