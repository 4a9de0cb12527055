import asyncio
import time

# Interview tip 3: only I/O-bound tasks benefit; CPU-bound (or blocking) work blocks the loop.

async def io_bound(name):
    await asyncio.sleep(1)
    print(f"{name} done at {time.monotonic():.1f}")

async def blocking(name):
    time.sleep(1)
    print(f"{name} done at {time.monotonic():.1f}")

async def main():
    await asyncio.gather(io_bound("io-1"), io_bound("io-2"), io_bound("io-3"))
    await asyncio.gather(blocking("block-1"), blocking("block-2"), blocking("block-3"))
    print(f"total {time.monotonic():.1f}s")

asyncio.run(main())
