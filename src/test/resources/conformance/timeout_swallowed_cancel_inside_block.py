import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1) as cm:
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            print("swallowed the timeout's cancel at", loop.time())
        await asyncio.sleep(1)
        print("body continues at", loop.time())
    print("no TimeoutError, expired:", cm.expired(), "cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
