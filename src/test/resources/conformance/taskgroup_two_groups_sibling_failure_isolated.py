import asyncio

async def fail():
    await asyncio.sleep(1)
    raise RuntimeError("group A failed")

async def steady(name):
    await asyncio.sleep(2)
    print(name, "finished at", asyncio.get_running_loop().time())

async def group_a():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            tg.create_task(steady("a-steady"))
    except* RuntimeError:
        print("group A failed at", asyncio.get_running_loop().time())

async def group_b():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(steady("b1"))
        tg.create_task(steady("b2"))
    print("group B done")

async def main():
    await asyncio.gather(group_a(), group_b())

asyncio.run(main())
