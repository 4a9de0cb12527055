import asyncio
import time

def io_bound(tag):
    time.sleep(2)
    return tag

async def blocker():
    await asyncio.sleep(0.5)
    print("blocking the loop for 1s at", time.monotonic())
    time.sleep(1)
    print("loop free again at", time.monotonic())

async def main():
    results = await asyncio.gather(asyncio.to_thread(io_bound, "thread"), blocker())
    print(results, "at", time.monotonic())

asyncio.run(main())
