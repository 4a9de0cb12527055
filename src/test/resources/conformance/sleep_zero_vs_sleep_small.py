import asyncio

async def a():
    await asyncio.sleep(0.001)
    print("a after 0.001")

async def b():
    await asyncio.sleep(0)
    print("b after sleep(0)")
    await asyncio.sleep(0)
    print("b after second sleep(0)")

async def main():
    await asyncio.gather(a(), b())
    print(asyncio.get_running_loop().time())

asyncio.run(main())
