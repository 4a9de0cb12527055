import asyncio


async def worker(n):
    await asyncio.sleep(n)
    if n == 2:
        raise ValueError(f"worker {n} failed")
    print("worker", n, "ok")
    return n


async def main():
    results = await asyncio.gather(worker(1), worker(2), worker(3))
    print(results)

asyncio.run(main())
