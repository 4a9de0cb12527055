import asyncio


class Sync:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


async def coro():
    return 1


async def agen():
    yield 1


async def main():
    attempts = [
        lambda: asyncio.get_running_loop().create_future().result(),
        lambda: asyncio.get_running_loop().create_future().exception(),
    ]
    for a in attempts:
        try:
            a()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with Sync():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        with asyncio.Lock():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        for x in agen():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.run(coro())
    except RuntimeError as e:
        print("RuntimeError:", e)
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    sem = asyncio.BoundedSemaphore(1)
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    q = asyncio.Queue(maxsize=1)
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull as e:
        print("QueueFull:", repr(e))
    q.get_nowait()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty:", repr(e))
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    asyncio.run(5)

asyncio.run(main())
