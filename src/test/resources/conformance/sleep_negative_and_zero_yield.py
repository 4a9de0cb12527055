import asyncio

async def other():
    print("other runs at", asyncio.get_running_loop().time())

async def main():
    loop = asyncio.get_running_loop()
    asyncio.create_task(other())
    r = await asyncio.sleep(-5, "neg")
    print("after sleep(-5):", r, loop.time())
    asyncio.create_task(other())
    await asyncio.sleep(0)
    print("after sleep(0)")
    asyncio.create_task(other())
    await asyncio.sleep(0.0)
    print("after sleep(0.0)")
    asyncio.create_task(other())
    await asyncio.sleep(1e-9)
    print("after sleep(1e-9)", loop.time())

asyncio.run(main())
