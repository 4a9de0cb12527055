# An exception raised 60 calls deep passes through frames with and without handlers: each finally runs, an
# except clause in the middle catches and re-raises with context, and the traceback lists every frame.
log = []


def dive(n):
    try:
        if n == 0:
            raise KeyError("bottom")
        return dive(n - 1)
    finally:
        if n % 20 == 0:
            log.append(n)


def middle(n):
    try:
        return dive(n)
    except KeyError as e:
        raise ValueError("wrapped") from e


def top():
    try:
        middle(60)
    except ValueError as e:
        print(type(e).__name__, e, "cause:", repr(e.__cause__))
    print(log)
    return helper(3)


def helper(n):
    if n == 0:
        return {}["missing"]
    return helper(n - 1)


top()
