# Barrier: the last of `parties` arrivals releases the others, each gets its arrival index; a second cycle
# works the same; abort() breaks waiters with BrokenBarrierError.
import asyncio


async def arrive(b, name, delay):
    await asyncio.sleep(delay)
    print(name, "arrives", b.n_waiting)
    idx = await b.wait()
    print(name, "passes with", idx, asyncio.get_running_loop().time())


async def doomed(b):
    try:
        await b.wait()
    except asyncio.BrokenBarrierError:
        print("broken", b.broken)


async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    await asyncio.gather(arrive(b, "a", 1), arrive(b, "b", 2), arrive(b, "c", 3))
    await asyncio.gather(arrive(b, "d", 0), arrive(b, "e", 0), arrive(b, "f", 1))
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(doomed(b2))
    await asyncio.sleep(1)
    await b2.abort()
    await t


asyncio.run(main())
