import asyncio


async def main():
    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print(type(e).__name__, repr(e), str(e) == "")
    lock = asyncio.Lock()
    await lock.acquire()
    lock.release()
    lock.release()

asyncio.run(main())
