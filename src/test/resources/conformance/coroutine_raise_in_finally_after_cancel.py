import asyncio


async def job():
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup after cancel")
        raise ValueError("cleanup broke")


async def main():
    task = asyncio.create_task(job())
    await asyncio.sleep(1)
    task.cancel()
    await task

asyncio.run(main())
