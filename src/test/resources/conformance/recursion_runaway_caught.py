# Runaway recursion raises RecursionError("maximum recursion depth exceeded") whichever way the frames nest;
# the program catches it and carries on, with every frame's finally block run on the way out.
import asyncio


def forever(n):
    return forever(n + 1)


class Chain:
    def __init__(self, n):
        self.next = Chain(n + 1)


class Loop:
    def __repr__(self):
        return repr(self)


def by_key(n):
    return sorted([2, 1], key=lambda x: by_key(n + 1))


def by_keyword(n, step=1):
    return by_keyword(n=n + step)


def yield_from(n):
    yield from yield_from(n + 1)


async def awaiting(n):
    return await awaiting(n + 1)


unwound = 0


def with_finally(n):
    global unwound
    try:
        return with_finally(n + 1)
    finally:
        unwound += 1


cases = [
    ("plain", lambda: forever(0)),
    ("__init__", lambda: Chain(0)),
    ("__repr__", lambda: repr(Loop())),
    ("sort key", lambda: by_key(0)),
    ("keyword", lambda: by_keyword(0)),
    ("yield from", lambda: list(yield_from(0))),
    ("await", lambda: asyncio.run(awaiting(0))),
    ("finally", lambda: with_finally(0)),
]
for name, thunk in cases:
    try:
        thunk()
    except RecursionError as e:
        print(name, type(e).__name__, e)
print("finally blocks ran:", unwound > 900)
print("still fine:", forever.__name__, len([forever] * 3))
