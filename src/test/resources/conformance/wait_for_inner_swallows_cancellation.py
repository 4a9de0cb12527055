import asyncio

async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("stubborn caught cancel at", asyncio.get_running_loop().time())
        await asyncio.sleep(1)
        return "stubborn result"

async def main():
    loop = asyncio.get_running_loop()
    try:
        r = await asyncio.wait_for(stubborn(), 1)
        print("wait_for returned", r, "at", loop.time())
    except TimeoutError:
        print("TimeoutError at", loop.time())

asyncio.run(main())
