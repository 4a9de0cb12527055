import asyncio

async def work():
    await asyncio.sleep(1)
    return "w"

async def main():
    t = asyncio.ensure_future(work())
    print(type(t).__name__, t.get_name())
    fut = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(fut) is fut)
    fut.set_result(None)
    print(await t)

asyncio.run(main())
