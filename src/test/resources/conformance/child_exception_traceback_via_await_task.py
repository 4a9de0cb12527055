import asyncio

def parse(s):
    return int(s)

async def worker(s):
    await asyncio.sleep(1)
    return parse(s)

async def main():
    t = asyncio.create_task(worker("x1"))
    await t

asyncio.run(main())
