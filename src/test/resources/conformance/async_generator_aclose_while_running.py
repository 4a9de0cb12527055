import asyncio

async def gen():
    try:
        yield 1
        await asyncio.sleep(1)
        yield 2
    finally:
        print("gen finally at", asyncio.get_running_loop().time())

async def step(g):
    return await g.__anext__()

async def main():
    g = gen()
    print(await g.__anext__())
    t = asyncio.create_task(step(g))
    await asyncio.sleep(0)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await g.athrow(ValueError("x"))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await g.asend(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await t)
    await g.aclose()
    print("closed")

asyncio.run(main())
