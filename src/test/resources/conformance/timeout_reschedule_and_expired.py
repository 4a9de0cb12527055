import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1) as cm:
            print("deadline", cm.when())
            cm.reschedule(loop.time() + 3)
            print("new deadline", cm.when())
            await asyncio.sleep(5)
    except TimeoutError:
        print("expired:", cm.expired(), "at", loop.time())
    async with asyncio.timeout(None) as cm2:
        await asyncio.sleep(1)
    print("no deadline:", cm2.when(), cm2.expired())

asyncio.run(main())
