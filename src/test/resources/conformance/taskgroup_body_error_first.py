import asyncio


async def child():
    try:
        await asyncio.sleep(5)
    finally:
        print("child cancelled")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child())
        await asyncio.sleep(1)
        raise ValueError("body failed")

asyncio.run(main())
