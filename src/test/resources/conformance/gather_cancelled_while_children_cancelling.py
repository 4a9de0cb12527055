import asyncio

async def slow_cleanup(name, d):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cleaning up at", asyncio.get_running_loop().time())
        await asyncio.sleep(d)
        print(name, "cleaned at", asyncio.get_running_loop().time())
        raise

async def main():
    loop = asyncio.get_running_loop()
    g = asyncio.gather(slow_cleanup("a", 1), slow_cleanup("b", 2))
    await asyncio.sleep(1)
    print("cancel ->", g.cancel())
    print("cancel again ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled at", loop.time())

asyncio.run(main())
