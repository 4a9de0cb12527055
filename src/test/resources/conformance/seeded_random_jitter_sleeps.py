import asyncio
import random

async def worker(i):
    delay = round(random.uniform(0.1, 2.0), 2)
    await asyncio.sleep(delay)
    print(f"worker {i} slept {delay}")
    return delay

async def main():
    random.seed(7)
    delays = await asyncio.gather(*(worker(i) for i in range(5)))
    print(f"max {max(delays)} total {asyncio.get_running_loop().time()}")

asyncio.run(main())
