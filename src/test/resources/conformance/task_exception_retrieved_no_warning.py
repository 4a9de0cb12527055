import asyncio

async def fails():
    raise ValueError("seen")

async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print("exception():", repr(t.exception()))

asyncio.run(main())
