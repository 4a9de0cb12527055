import asyncio

async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled too")
        raise

async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled")
        raise

async def main():
    t_inner = asyncio.create_task(inner())
    t_outer = asyncio.create_task(outer(t_inner))
    await asyncio.sleep(1)
    t_outer.cancel()
    await asyncio.gather(t_outer, return_exceptions=True)
    await asyncio.sleep(0)
    print("inner cancelled:", t_inner.cancelled(), "outer cancelled:", t_outer.cancelled())

asyncio.run(main())
