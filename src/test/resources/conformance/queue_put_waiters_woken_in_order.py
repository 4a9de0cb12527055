import asyncio

async def producer(q, name, item):
    await q.put(item)
    print(name, "put", item, "at", asyncio.get_running_loop().time())

async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("seed")
    ps = [asyncio.create_task(producer(q, f"p{i}", i)) for i in range(3)]
    await asyncio.sleep(1)
    for _ in range(4):
        print("got", await q.get(), "size", q.qsize(), "full", q.full())
        await asyncio.sleep(1)
    await asyncio.gather(*ps)

asyncio.run(main())
