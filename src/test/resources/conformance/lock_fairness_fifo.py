import asyncio

async def worker(lock, name):
    for round_ in range(2):
        async with lock:
            print(f"{name} holds the lock (round {round_})")
            await asyncio.sleep(0.1)

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(worker(lock, n) for n in "ABC"))

asyncio.run(main())
