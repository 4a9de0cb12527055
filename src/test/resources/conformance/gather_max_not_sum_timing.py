import asyncio
import time

async def io(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    start = time.monotonic()
    await io(1)
    await io(2)
    await io(3)
    print(f"sequential awaits: {time.monotonic() - start}s")
    start = time.monotonic()
    await asyncio.gather(io(1), io(2), io(3))
    print(f"gather: {time.monotonic() - start}s")

asyncio.run(main())
print(f"program total: {time.monotonic()}")
