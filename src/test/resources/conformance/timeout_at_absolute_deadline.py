import asyncio

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(2)
    deadline = loop.time() + 1.5
    try:
        async with asyncio.timeout_at(deadline):
            await asyncio.sleep(4)
    except TimeoutError:
        print("timeout_at fired at", loop.time())
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("body starts even with a past deadline")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline fired at", loop.time())

asyncio.run(main())
