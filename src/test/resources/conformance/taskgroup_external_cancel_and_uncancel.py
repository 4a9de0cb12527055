import asyncio

async def child():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("child cancelled at", asyncio.get_running_loop().time())
        raise

async def runner():
    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("runner sees CancelledError, cancelling =", me.cancelling())
        print("uncancel ->", me.uncancel())
        return "recovered"

async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(1)
    t.cancel()
    print(await t, "at", asyncio.get_running_loop().time())

asyncio.run(main())
