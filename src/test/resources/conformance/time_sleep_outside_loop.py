import time
import asyncio

print("start", time.time())
time.sleep(1.5)
print("after blocking sleep", time.monotonic())

async def main():
    await asyncio.sleep(2)
    print("inside loop", time.perf_counter())

asyncio.run(main())
time.sleep(0.25)
print("end", time.time())
