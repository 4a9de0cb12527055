import asyncio

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(-5)
    print("negative sleep returns at", loop.time())
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout(0) fired at", loop.time())
    async with asyncio.timeout(0):
        print("a body that never awaits completes")
    print("end", loop.time())

asyncio.run(main())
