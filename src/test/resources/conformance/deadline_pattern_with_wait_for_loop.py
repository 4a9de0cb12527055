import asyncio

async def poll(i):
    await asyncio.sleep(0.4)
    return i >= 3

async def main():
    loop = asyncio.get_running_loop()
    i = 0
    try:
        async with asyncio.timeout(1.0):
            while not await poll(i):
                i += 1
    except TimeoutError:
        print("gave up at poll", i, "time", loop.time())
    i = 0
    while not await asyncio.wait_for(poll(i), timeout=1):
        i += 1
    print("ready after", i, "polls at", loop.time())

asyncio.run(main())
