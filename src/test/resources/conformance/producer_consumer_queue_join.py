import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print(f"produced {i} at {asyncio.get_running_loop().time()}")
        await asyncio.sleep(0.5)

async def consumer(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(1)
        print(f"{name} consumed {item} at {asyncio.get_running_loop().time()}")
        q.task_done()

async def main():
    q = asyncio.Queue()
    consumers = [asyncio.create_task(consumer(f"c{i}", q)) for i in range(2)]
    await producer(q, 5)
    await q.join()
    print("all items processed")
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print("consumers stopped")

asyncio.run(main())
