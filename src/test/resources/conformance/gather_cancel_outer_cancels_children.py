import asyncio

async def child(n):
    try:
        await asyncio.sleep(n)
        print("child", n, "finished")
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def main():
    g = asyncio.gather(child(1), child(5), child(6))
    await asyncio.sleep(2)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled, time", asyncio.get_running_loop().time())

asyncio.run(main())
