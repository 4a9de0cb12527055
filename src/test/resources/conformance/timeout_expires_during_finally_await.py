import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1.5):
            try:
                await asyncio.sleep(1)
                print("work done at", loop.time())
            finally:
                print("cleanup starts at", loop.time())
                await asyncio.sleep(1)
                print("cleanup never finishes")
    except TimeoutError:
        print("TimeoutError at", loop.time())

asyncio.run(main())
