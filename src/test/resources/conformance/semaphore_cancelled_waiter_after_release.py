import asyncio

async def user(sem, name, hold):
    try:
        async with sem:
            print(name, "in at", asyncio.get_running_loop().time())
            await asyncio.sleep(hold)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    sem = asyncio.Semaphore(2)
    ts = {n: asyncio.create_task(user(sem, n, 1)) for n in "abcde"}
    await asyncio.sleep(1)
    ts["c"].cancel()
    ts["d"].cancel()
    await asyncio.gather(*ts.values(), return_exceptions=True)
    print("value at end:", sem._value, "locked:", sem.locked())

asyncio.run(main())
