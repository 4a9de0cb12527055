import asyncio
import time

async def ticker():
    loop = asyncio.get_running_loop()
    for _ in range(3):
        await asyncio.sleep(1)
        print("tick at", loop.time())

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    time.sleep(2.5)
    print("after blocking:", loop.time(), time.monotonic())
    await t
    print("end", loop.time())

asyncio.run(main())
