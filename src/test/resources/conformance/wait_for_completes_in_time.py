import asyncio

async def quick():
    await asyncio.sleep(1)
    return "quick result"

async def main():
    r = await asyncio.wait_for(quick(), timeout=5)
    print(r, asyncio.get_running_loop().time())
    r = await asyncio.wait_for(quick(), timeout=None)
    print(r, asyncio.get_running_loop().time())

asyncio.run(main())
