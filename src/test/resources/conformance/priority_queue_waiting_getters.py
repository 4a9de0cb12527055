import asyncio

async def getter(q, name):
    item = await q.get()
    print(name, "got", item, "at", asyncio.get_running_loop().time())

async def main():
    q = asyncio.PriorityQueue(maxsize=2)
    gs = [asyncio.create_task(getter(q, f"g{i}")) for i in range(3)]
    await asyncio.sleep(1)
    q.put_nowait((5, "low"))
    q.put_nowait((1, "high"))
    print("after two puts, size", q.qsize())
    await asyncio.sleep(0)
    q.put_nowait((3, "mid"))
    await asyncio.gather(*gs)
    lq = asyncio.LifoQueue()
    for i in range(3):
        await lq.put(i)
    print([lq.get_nowait() for _ in range(3)])

asyncio.run(main())
