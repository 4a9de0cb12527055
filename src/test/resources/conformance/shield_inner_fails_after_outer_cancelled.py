import asyncio

async def fragile():
    await asyncio.sleep(2)
    raise RuntimeError("inner failed later")

async def main():
    loop = asyncio.get_running_loop()
    inner = asyncio.create_task(fragile())
    outer = asyncio.ensure_future(asyncio.shield(inner))
    await asyncio.sleep(1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled at", loop.time())
    await asyncio.sleep(2)
    print("inner done:", inner.done())

asyncio.run(main())
