import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    await q.put("first")
    blocked = asyncio.create_task(q.put("second"))
    await asyncio.sleep(1)
    print("put blocked, done:", blocked.done())
    blocked.cancel()
    await asyncio.sleep(0)
    print("cancelled:", blocked.cancelled(), "size:", q.qsize())
    print(q.get_nowait(), q.empty())

asyncio.run(main())
