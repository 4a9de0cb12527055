import asyncio


async def child():
    await asyncio.sleep(1)
    raise KeyError("child")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child())
        await asyncio.sleep(2)
        raise ValueError("body")

asyncio.run(main())
