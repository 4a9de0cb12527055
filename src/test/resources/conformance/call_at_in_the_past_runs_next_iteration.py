import asyncio

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(2)
    loop.call_at(loop.time() - 1, print, "past deadline timer at", loop.time())
    loop.call_soon(print, "call_soon")
    print("scheduled both")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("end", loop.time())

asyncio.run(main())
