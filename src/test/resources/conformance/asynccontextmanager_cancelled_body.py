import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def resource(name):
    print("open", name)
    try:
        yield name
    except asyncio.CancelledError:
        print("cm saw cancel for", name)
        raise
    finally:
        await asyncio.sleep(0.5)
        print("closed", name, "at", asyncio.get_running_loop().time())

async def user():
    async with resource("db") as r:
        await asyncio.sleep(5)

async def main():
    t = asyncio.create_task(user())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("user cancelled at", asyncio.get_running_loop().time())

asyncio.run(main())
