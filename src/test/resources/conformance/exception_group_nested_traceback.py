import asyncio

async def leaf(n):
    await asyncio.sleep(n)
    raise ValueError(f"leaf {n}")

async def inner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf(1))
        tg.create_task(leaf(1))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(inner())
        tg.create_task(leaf(2))

asyncio.run(main())
