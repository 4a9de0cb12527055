import asyncio

async def fail(msg):
    await asyncio.sleep(1)
    raise ValueError(msg)

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("deep"))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(inner_group())
        tg.create_task(fail("shallow"))

asyncio.run(main())
