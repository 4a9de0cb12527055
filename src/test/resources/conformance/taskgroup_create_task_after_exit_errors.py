import asyncio

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.sleep(0.1))
    coro = asyncio.sleep(1)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
        coro.close()

asyncio.run(main())
