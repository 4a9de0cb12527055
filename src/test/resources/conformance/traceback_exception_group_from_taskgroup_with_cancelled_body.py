import asyncio

async def fail():
    await asyncio.sleep(1)
    raise TypeError("bad type")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail())
        await asyncio.sleep(10)
    print("unreachable")

asyncio.run(main())
