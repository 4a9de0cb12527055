import asyncio

async def resilient():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("cancelling() inside:", me.cancelling())
        print("uncancel() ->", me.uncancel())
    await asyncio.sleep(1)
    return "recovered"

async def main():
    t = asyncio.create_task(resilient())
    await asyncio.sleep(1)
    t.cancel()
    t.cancel()
    print("requested twice, cancelling() =", t.cancelling())
    print(await t, "at", asyncio.get_running_loop().time())

asyncio.run(main())
