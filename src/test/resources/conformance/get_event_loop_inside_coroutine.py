import asyncio

async def main():
    loop = asyncio.get_event_loop()
    running = asyncio.get_running_loop()
    print(loop is running, loop.is_running())
    start = loop.time()
    await asyncio.sleep(1.25)
    print(loop.time() - start)

asyncio.run(main())
