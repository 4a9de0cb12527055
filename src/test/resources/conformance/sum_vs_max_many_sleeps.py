import asyncio
import time

async def main():
    delays = [0.3, 1.2, 0.7, 2.0, 0.05]
    t0 = time.monotonic()
    await asyncio.gather(*(asyncio.sleep(d) for d in delays))
    concurrent = time.monotonic() - t0
    t0 = time.monotonic()
    for d in delays:
        await asyncio.sleep(d)
    sequential = time.monotonic() - t0
    print(f"concurrent {concurrent:.2f}s (max {max(delays)}), sequential {sequential:.2f}s (sum {sum(delays):.2f})")

asyncio.run(main())
