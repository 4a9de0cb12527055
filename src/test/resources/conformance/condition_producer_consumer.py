import asyncio

buffer = []

async def producer(cond):
    for i in range(4):
        await asyncio.sleep(0.5)
        async with cond:
            buffer.append(i)
            print("produced", i)
            cond.notify()

async def consumer(cond, name):
    got = 0
    while got < 2:
        async with cond:
            await cond.wait_for(lambda: len(buffer) > 0)
            item = buffer.pop(0)
        print(name, "consumed", item, "at", asyncio.get_running_loop().time())
        got += 1

async def main():
    cond = asyncio.Condition()
    await asyncio.gather(producer(cond), consumer(cond, "c1"), consumer(cond, "c2"))

asyncio.run(main())
