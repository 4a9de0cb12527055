import asyncio


async def job():
    await asyncio.sleep(1)


async def main():
    task = asyncio.create_task(job())
    await asyncio.sleep(0)
    task.cancled()

asyncio.run(main())
