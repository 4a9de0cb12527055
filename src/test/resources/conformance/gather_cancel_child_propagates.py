import asyncio

async def victim():
    await asyncio.sleep(5)

async def main():
    t = asyncio.create_task(victim())
    g = asyncio.gather(t, asyncio.sleep(3, result="sibling"))
    await asyncio.sleep(1)
    t.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError at", asyncio.get_running_loop().time())
    await asyncio.sleep(3)
    print("gather done:", g.done(), "cancelled:", g.cancelled())

asyncio.run(main())
