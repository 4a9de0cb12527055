# time.sleep blocks the whole loop (the ticker falls behind); to_thread runs a blocking function as a thread
# in virtual time, so two 1-second threads overlap; run_in_executor returns a future.
import asyncio
import time


def blocking(name, seconds):
    time.sleep(seconds)
    print(name, "slept", seconds)
    return name


async def ticker():
    for _ in range(3):
        print("tick", time.monotonic())
        await asyncio.sleep(0.5)


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    time.sleep(2)
    print("after blocking", time.time())
    await t
    start = time.perf_counter()
    print(await asyncio.gather(asyncio.to_thread(blocking, "a", 1), asyncio.to_thread(blocking, "b", 1)))
    print("threads took", time.perf_counter() - start)
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, "c", 0.5), loop.time())


asyncio.run(main())
