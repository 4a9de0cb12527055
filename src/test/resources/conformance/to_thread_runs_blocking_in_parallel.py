import asyncio
import time

def blocking_io(seconds):
    time.sleep(seconds)
    return seconds * 10

async def main():
    start = time.monotonic()
    results = await asyncio.gather(
        asyncio.to_thread(blocking_io, 2),
        asyncio.to_thread(blocking_io, 1),
        asyncio.to_thread(blocking_io, 3),
    )
    print(results, time.monotonic() - start)

asyncio.run(main())
