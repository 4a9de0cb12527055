import asyncio

async def child():
    await asyncio.sleep(1)
    {}["missing"]

async def main():
    t = asyncio.create_task(child())
    await asyncio.sleep(2)
    print("child done:", t.done())
    await t

asyncio.run(main())
