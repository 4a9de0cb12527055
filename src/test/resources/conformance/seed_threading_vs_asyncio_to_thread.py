import asyncio
import time

# Use threading for legacy synchronous libraries: asyncio.to_thread keeps the loop free.

def legacy_download(name, seconds):
    time.sleep(seconds)
    return f"{name}: {seconds}s"

async def heartbeat():
    for i in range(3):
        print(f"heartbeat {i} at {time.monotonic():.1f}")
        await asyncio.sleep(1)

async def main():
    results = await asyncio.gather(
        asyncio.to_thread(legacy_download, "a", 2),
        asyncio.to_thread(legacy_download, "b", 1),
        heartbeat(),
    )
    print(results)
    print(f"finished at {time.monotonic():.1f}")

asyncio.run(main())
