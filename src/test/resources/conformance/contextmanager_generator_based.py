from contextlib import contextmanager, suppress


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


@contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as e:
        print("swallowed", repr(e))


@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except Exception:
        log.append("rollback")
        raise
    else:
        log.append("commit")


with tag("div") as t:
    with tag("p"):
        print("text", t)
with swallow(KeyError, IndexError):
    [][1]
print("after swallow")
log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log):
        raise ValueError("bad")
except ValueError as e:
    print("re-raised", e)
print(log)
with suppress(ZeroDivisionError):
    print(1 / 0)
print("suppressed")


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@tag("decorated")
def body():
    print("inside decorated function")


body()


@swallow(ValueError)
def risky(x):
    print("risky", x)
    raise ValueError(x)


print(risky(1), risky(2))
