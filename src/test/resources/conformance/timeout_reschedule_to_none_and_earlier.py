import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1) as cm:
        cm.reschedule(None)
        print("when after None:", cm.when())
        await asyncio.sleep(2)
    print("survived to", loop.time())
    try:
        async with asyncio.timeout(10) as cm:
            await asyncio.sleep(1)
            cm.reschedule(loop.time() + 0.5)
            print("rescheduled to", cm.when())
            await asyncio.sleep(5)
    except TimeoutError:
        print("fired at", loop.time())
    try:
        async with asyncio.timeout(10) as cm:
            await asyncio.sleep(1)
            cm.reschedule(loop.time() - 5)
            print("rescheduled into the past")
            await asyncio.sleep(5)
    except TimeoutError:
        print("past deadline fired at", loop.time())

asyncio.run(main())
