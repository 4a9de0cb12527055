import asyncio
import time

async def step(delay):
    await asyncio.sleep(delay)

async def main():
    await step(0.1)
    await step(0.2)
    print(time.monotonic(), 0.1 + 0.2, time.monotonic() == 0.3)
    await asyncio.gather(step(0.7), step(0.3))
    print(f"{time.monotonic():.3f}", time.monotonic())

asyncio.run(main())
