import asyncio

async def level3():
    await asyncio.sleep(0.1)
    raise LookupError("deep failure")

async def level2():
    return await level3()

async def level1():
    t = asyncio.create_task(level2())
    return await t

async def main():
    await level1()

asyncio.run(main())
