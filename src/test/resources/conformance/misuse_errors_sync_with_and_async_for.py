import asyncio

async def agen():
    yield 1

async def main():
    lock = asyncio.Lock()
    for label, fn in [
        ("with lock", lambda: lock.__enter__()),
    ]:
        pass
    try:
        with lock:
            pass
    except TypeError as e:
        print("with Lock:", e)
    try:
        with asyncio.timeout(1):
            pass
    except TypeError as e:
        print("with timeout:", e)
    try:
        with asyncio.TaskGroup():
            pass
    except TypeError as e:
        print("with TaskGroup:", e)
    try:
        async with [1]:
            pass
    except TypeError as e:
        print("async with list:", e)
    try:
        for x in agen():
            pass
    except TypeError as e:
        print("for over async gen:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("async for list:", e)
    try:
        await asyncio.sleep
    except TypeError as e:
        print("await function:", type(e).__name__)
    try:
        asyncio.run(main)
    except Exception as e:
        print(type(e).__name__, "from asyncio.run(fn) inside loop")

asyncio.run(main())
