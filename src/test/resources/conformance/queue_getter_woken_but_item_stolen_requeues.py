import asyncio

async def getter(q, name):
    item = await q.get()
    print(name, "got", item, "at", asyncio.get_running_loop().time())

async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter(q, "g1"))
    await asyncio.sleep(0)
    g2 = asyncio.create_task(getter(q, "g2"))
    await asyncio.sleep(0)
    q.put_nowait("first")
    print("main steals", q.get_nowait())
    await asyncio.sleep(1)
    q.put_nowait("second")
    await asyncio.sleep(1)
    q.put_nowait("third")
    await asyncio.gather(g1, g2)

asyncio.run(main())
