import asyncio

def blocking(x):
    return 10 // x

async def compute(x):
    return await asyncio.to_thread(blocking, x)

async def main():
    print(await asyncio.wait_for(compute(5), 1))
    print(await asyncio.wait_for(compute(0), 1))

asyncio.run(main())
