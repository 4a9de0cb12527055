import asyncio

async def child_fails_on_cancel():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise ValueError("failed during cancellation")

async def runner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child_fails_on_cancel())
        await asyncio.sleep(10)

async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except BaseException as e:
        print(type(e).__name__, getattr(e, "exceptions", None))
    print("cancelled:", t.cancelled())

asyncio.run(main())
