import asyncio


async def slow():
    await asyncio.sleep(10)


async def main():
    task = asyncio.create_task(slow())
    await asyncio.sleep(1)
    task.cancel("shutting down")
    await task

asyncio.run(main())
