import asyncio

async def spawner(tg):
    await asyncio.sleep(1)
    print("spawning at", asyncio.get_running_loop().time())
    tg.create_task(leaf("late"))

async def leaf(name):
    await asyncio.sleep(1)
    print(name, "done at", asyncio.get_running_loop().time())

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg))
        tg.create_task(leaf("early"))
    print("group closed at", asyncio.get_running_loop().time())

asyncio.run(main())
