import asyncio

async def putter(q, item):
    await q.put(item)
    print("put", item, "at", asyncio.get_running_loop().time())

async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("x")
    p1 = asyncio.create_task(putter(q, "p1"))
    await asyncio.sleep(0)
    p2 = asyncio.create_task(putter(q, "p2"))
    await asyncio.sleep(0)
    print("got", q.get_nowait())
    q.put_nowait("barger")
    await asyncio.sleep(1)
    print("got", q.get_nowait())
    await asyncio.sleep(1)
    print("got", q.get_nowait())
    await asyncio.sleep(1)
    print("got", q.get_nowait())
    await asyncio.gather(p1, p2)

asyncio.run(main())
