import asyncio

async def side():
    print("side task ran")

async def main():
    ev = asyncio.Event()
    ev.set()
    asyncio.create_task(side())
    await ev.wait()
    print("wait on a set event returned immediately")
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
