import asyncio

async def getter(q, name):
    print(name, "got", await q.get())

async def putter(q):
    for item in ("x", "y"):
        q.put_nowait(item)
        print("put", item)
    await asyncio.sleep(0)
    print("putter after sleep(0)")

async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter(q, "g1"))
    g2 = asyncio.create_task(getter(q, "g2"))
    await asyncio.sleep(0)
    await asyncio.gather(putter(q), g1, g2)

asyncio.run(main())
