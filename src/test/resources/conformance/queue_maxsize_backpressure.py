import asyncio

async def producer(q):
    for i in range(5):
        print(f"putting {i} (size {q.qsize()}, full {q.full()})")
        await q.put(i)
    await q.put(None)

async def consumer(q):
    while True:
        item = await q.get()
        if item is None:
            break
        await asyncio.sleep(1)
        print(f"got {item} at {asyncio.get_running_loop().time()}")

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))

asyncio.run(main())
