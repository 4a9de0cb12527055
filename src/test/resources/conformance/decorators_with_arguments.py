def retry(times, exceptions=(Exception,)):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    print(f"attempt {attempt} failed: {e!r}")
            raise RuntimeError(f"{fn.__name__} failed {times} times")
        return wrapper
    return decorator


def logged(fn):
    def inner(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return inner


calls = 0


@retry(3, exceptions=(ValueError,))
@logged
def flaky(x, scale=1):
    global calls
    calls += 1
    if calls < 3:
        raise ValueError(f"bad {calls}")
    return x * scale


print(flaky(7, scale=2), flaky.__name__)
try:
    retry(2)(lambda: 1 / 0)()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    retry(1, exceptions=(KeyError,))(lambda: 1 / 0)()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
