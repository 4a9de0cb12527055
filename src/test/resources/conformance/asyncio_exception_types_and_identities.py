import asyncio

print(asyncio.TimeoutError is TimeoutError)
print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
print(issubclass(asyncio.InvalidStateError, Exception), issubclass(asyncio.QueueFull, Exception))
print(issubclass(asyncio.BrokenBarrierError, RuntimeError))
print(asyncio.CancelledError.__name__, asyncio.InvalidStateError.__name__, asyncio.QueueEmpty.__name__)
print(asyncio.CancelledError.__module__, asyncio.QueueFull.__module__, asyncio.Task.__module__, asyncio.Future.__module__)
print(asyncio.Task.__name__, issubclass(asyncio.Task, asyncio.Future))
print(repr(asyncio.CancelledError("x")), str(asyncio.CancelledError("x")))
try:
    raise asyncio.InvalidStateError("bad state")
except Exception as e:
    print(type(e).__name__, e)
print(asyncio.ALL_COMPLETED, asyncio.FIRST_COMPLETED)
