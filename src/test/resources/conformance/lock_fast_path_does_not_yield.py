import asyncio

async def other():
    print("other ran")

async def main():
    lock = asyncio.Lock()
    asyncio.create_task(other())
    async with lock:
        print("got free lock without yielding")
    print("locked after release?", lock.locked())
    await asyncio.sleep(0)
    print("after sleep(0)")

asyncio.run(main())
