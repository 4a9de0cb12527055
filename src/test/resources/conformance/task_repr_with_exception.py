import asyncio


async def work(n):
    await asyncio.sleep(n)
    if n == 1:
        raise ValueError(f"work {n} failed")
    return n


async def main():
    t1 = asyncio.create_task(work(1), name="first")
    t2 = asyncio.create_task(work(2), name="second")
    await asyncio.sleep(3)
    print(t1)
    print(t2)
    print(repr(t1.exception()))
    t3 = asyncio.create_task(work(5))
    await asyncio.sleep(0)
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError as e:
        print("cancelled:", repr(e), t3.cancelled())
    print(t3)
    t1.result()

asyncio.run(main())
