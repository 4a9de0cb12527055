import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "call_later(0)")
    loop.call_soon(print, "call_soon")
    await asyncio.sleep(0)
    print("after first sleep(0)")
    await asyncio.sleep(0)
    print("after second sleep(0)")

asyncio.run(main())
