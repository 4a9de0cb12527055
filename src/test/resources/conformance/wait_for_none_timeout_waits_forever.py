import asyncio

async def slow():
    await asyncio.sleep(100)
    return "slow result"

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(slow(), None), "at", loop.time())
    fut = loop.create_future()
    loop.call_later(3, fut.set_result, 7)
    print(await asyncio.wait_for(fut, timeout=None), "at", loop.time())

asyncio.run(main())
