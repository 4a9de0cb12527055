import asyncio

async def work(d):
    await asyncio.sleep(d)
    print("work", d, "done")
    return d

async def collect():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(work(2))
        return "returned early"

async def main():
    r = await collect()
    print(r, "at", asyncio.get_running_loop().time())
    for i in range(3):
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(i))
            if i == 1:
                break
    print("after loop at", asyncio.get_running_loop().time())

asyncio.run(main())
