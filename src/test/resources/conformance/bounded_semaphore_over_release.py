import asyncio

async def main():
    s = asyncio.Semaphore(1)
    s.release()
    print("plain semaphore allows an extra release, locked:", s.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
