import asyncio

async def work():
    print("work runs once in", asyncio.current_task().get_name())
    await asyncio.sleep(1)
    return "w"

async def main():
    c = work()
    print(await asyncio.gather(c, c, c))
    t = asyncio.ensure_future(work())
    print(await asyncio.gather(t, t, work()))

asyncio.run(main())
