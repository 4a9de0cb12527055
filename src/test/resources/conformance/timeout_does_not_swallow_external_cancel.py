import asyncio

async def worker():
    try:
        async with asyncio.timeout(10):
            await asyncio.sleep(20)
    except TimeoutError:
        print("wrongly converted to TimeoutError")
    except asyncio.CancelledError:
        print("external cancel stays CancelledError at", asyncio.get_running_loop().time())
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(2)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled())

asyncio.run(main())
