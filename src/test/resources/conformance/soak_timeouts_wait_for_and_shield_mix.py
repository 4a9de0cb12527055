import asyncio
import random

random.seed(3)

async def job(i):
    d = random.choice([0.5, 1.0, 1.5, 2.0, 3.0])
    try:
        await asyncio.sleep(d)
        return f"job{i}:{d}"
    except asyncio.CancelledError:
        await asyncio.sleep(0.25)
        raise

async def guarded(i):
    try:
        if i % 3 == 0:
            return await asyncio.wait_for(job(i), 1.5)
        if i % 3 == 1:
            async with asyncio.timeout(1.2):
                return await job(i)
        return await asyncio.shield(job(i))
    except TimeoutError:
        return f"job{i}:timeout@{asyncio.get_running_loop().time()}"

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(guarded(i), name=f"g{i}") for i in range(9)]
    done, pending = await asyncio.wait(tasks, timeout=2.5)
    print("pending at 2.5:", sorted(t.get_name() for t in pending))
    for t in sorted(pending, key=lambda t: t.get_name()):
        t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    for t, r in zip(tasks, res):
        print(t.get_name(), r if not isinstance(r, BaseException) else type(r).__name__)
    await asyncio.sleep(5)
    print("end", loop.time())

asyncio.run(main())
