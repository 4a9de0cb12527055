import asyncio
import time

async def ticker():
    for i in range(3):
        await asyncio.sleep(1)
        print(f"tick {i} at {asyncio.get_running_loop().time()}")

async def hog():
    await asyncio.sleep(0.5)
    print("hog blocks for 2.5s")
    time.sleep(2.5)
    print("hog done")

async def main():
    await asyncio.gather(ticker(), hog())

asyncio.run(main())
