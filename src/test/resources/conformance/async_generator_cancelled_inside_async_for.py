import asyncio

async def ticks():
    try:
        i = 0
        while True:
            await asyncio.sleep(1)
            yield i
            i += 1
    finally:
        print("generator finally at", asyncio.get_running_loop().time())

async def consumer():
    async for t in ticks():
        print("tick", t)

async def main():
    c = asyncio.create_task(consumer())
    await asyncio.sleep(2.5)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("consumer cancelled at", asyncio.get_running_loop().time())

asyncio.run(main())
