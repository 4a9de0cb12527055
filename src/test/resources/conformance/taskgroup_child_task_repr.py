import asyncio

async def child():
    await asyncio.sleep(1)

async def main():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(child(), name="kid")
        print(repr(t))
        await asyncio.sleep(0)
        print(repr(t))
    print(repr(t))

asyncio.run(main())
