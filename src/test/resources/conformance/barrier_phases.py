import asyncio

async def runner(barrier, name, delay):
    await asyncio.sleep(delay)
    print(f"{name} waiting at the barrier at {asyncio.get_running_loop().time()}")
    index = await barrier.wait()
    print(f"{name} passed with index {index} at {asyncio.get_running_loop().time()}")

async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(runner(barrier, "a", 1), runner(barrier, "b", 3), runner(barrier, "c", 2))
    print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)

asyncio.run(main())
