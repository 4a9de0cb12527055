import asyncio

async def victim():
    try:
        await asyncio.sleep(1)
        print("not cancelled")
    except asyncio.CancelledError:
        print("cancelled anyway, cancelling =", asyncio.current_task().cancelling())
        raise

async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel()
    print("uncancel ->", t.uncancel())
    try:
        await t
    except asyncio.CancelledError:
        print("t.cancelled():", t.cancelled())

asyncio.run(main())
