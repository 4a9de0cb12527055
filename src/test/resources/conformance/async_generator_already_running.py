import asyncio

async def gen():
    yield 1
    await asyncio.sleep(1)
    yield 2

async def step(g):
    return await g.__anext__()

async def main():
    g = gen()
    print(await g.__anext__())
    t = asyncio.create_task(step(g))
    await asyncio.sleep(0)
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await t)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")

asyncio.run(main())
