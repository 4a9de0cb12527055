import asyncio

async def quitter():
    asyncio.current_task().cancel()
    print("cancel requested, returning without awaiting")
    return "value"

async def awaiter_of_done():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(1)
    asyncio.current_task().cancel()
    print("await done future:", await f)
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("cancel delivered at the next real suspension")
        return "swallowed"

async def main():
    t = asyncio.create_task(quitter())
    try:
        print(await t)
    except asyncio.CancelledError:
        print("task ended cancelled:", t.cancelled())
    print(await asyncio.create_task(awaiter_of_done()))

asyncio.run(main())
