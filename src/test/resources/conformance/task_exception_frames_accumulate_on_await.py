import asyncio


async def step(n):
    await asyncio.sleep(n)
    raise ValueError(f"step {n} failed")


async def supervisor(task):
    return await task


async def main():
    task = asyncio.create_task(step(1))
    await supervisor(task)

asyncio.run(main())
