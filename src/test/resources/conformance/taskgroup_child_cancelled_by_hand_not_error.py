import asyncio

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(asyncio.sleep(5, "a"))
        b = tg.create_task(asyncio.sleep(1, "b"))
        await asyncio.sleep(0.5)
        a.cancel()
    print("a cancelled:", a.cancelled(), "b:", b.result(), "at", asyncio.get_running_loop().time())

asyncio.run(main())
