# Two asyncio.run calls share one virtual clock; asyncio.run inside a running loop is a RuntimeError; an
# exception raised by an awaited task keeps its frames and gains the frames it propagates through.
import asyncio


async def step(n):
    await asyncio.sleep(n)
    return asyncio.get_running_loop().time()


async def nested():
    coro = step(1)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("nested:", e)
    await coro


async def explode():
    await asyncio.sleep(0.5)
    raise KeyError("missing")


async def main():
    task = asyncio.create_task(explode())
    await asyncio.sleep(0)
    await task


print(asyncio.run(step(1)))
print(asyncio.run(step(2)))
asyncio.run(nested())
asyncio.run(main())
