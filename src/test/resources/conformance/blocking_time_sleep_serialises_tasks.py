import asyncio
import time

async def bad_worker(name):
    print(f"{name} start at {time.time()}")
    time.sleep(2)
    print(f"{name} end at {time.time()}")

async def main():
    await asyncio.gather(bad_worker("a"), bad_worker("b"))
    print(f"total {time.time()}")

asyncio.run(main())
