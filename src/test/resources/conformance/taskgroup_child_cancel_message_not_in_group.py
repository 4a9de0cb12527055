import asyncio

async def main():
    t = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    t.cancel("because")
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__, r[0].args)
    try:
        async with asyncio.TaskGroup() as tg:
            c = tg.create_task(asyncio.sleep(5))
            await asyncio.sleep(0)
            c.cancel("child msg")
        print("group exited cleanly; child cancelled:", c.cancelled())
    except BaseException as e:
        print("unexpected", type(e).__name__)

asyncio.run(main())
