import asyncio

lock = asyncio.Lock()
not_empty = asyncio.Condition(lock)
not_full = asyncio.Condition(lock)
buf = []
CAP = 2

async def producer(n):
    for i in range(n):
        async with not_full:
            await not_full.wait_for(lambda: len(buf) < CAP)
            buf.append(i)
            print("put", i, "at", asyncio.get_running_loop().time(), buf)
            not_empty.notify()
        await asyncio.sleep(0.1)

async def consumer(name, n):
    for _ in range(n):
        async with not_empty:
            await not_empty.wait_for(lambda: buf)
            item = buf.pop(0)
            not_full.notify()
        print(name, "took", item, "at", asyncio.get_running_loop().time())
        await asyncio.sleep(0.25)

async def main():
    await asyncio.gather(producer(6), consumer("c1", 3), consumer("c2", 3))
    print("lock free:", not lock.locked())

asyncio.run(main())
