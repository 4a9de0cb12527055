import asyncio

async def boom(n):
    await asyncio.sleep(n)
    raise RuntimeError(f"boom {n}")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom(1))
        tg.create_task(boom(1))
        tg.create_task(asyncio.sleep(5))

asyncio.run(main())
