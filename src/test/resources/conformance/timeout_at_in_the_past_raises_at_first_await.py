import asyncio

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(2)
    try:
        async with asyncio.timeout_at(loop.time() - 1) as cm:
            print("inside, expired yet?", cm.expired())
            await asyncio.sleep(0)
            print("never printed")
    except TimeoutError as e:
        print("timed out at", loop.time(), "expired:", cm.expired(), "args:", e.args)
    try:
        async with asyncio.timeout(0):
            print("zero timeout body runs")
    except TimeoutError:
        print("not reached: body did not await")
    print("done", loop.time())

asyncio.run(main())
