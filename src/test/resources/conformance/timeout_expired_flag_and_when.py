import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(1)
    print("expired:", cm.expired(), "when:", cm.when())
    async with asyncio.timeout(None) as cm:
        cm.reschedule(loop.time() + 10)
        await asyncio.sleep(0.5)
        cm.reschedule(None)
        await asyncio.sleep(20)
    print("rescheduled to None, still running at", loop.time(), cm.when())

asyncio.run(main())
