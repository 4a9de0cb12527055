# sleep(0) yields exactly one loop iteration: two counters interleave; create_task only schedules the first
# step; awaiting a coroutine runs it inline; equal deadlines fire in scheduling order; float time accumulates.
import asyncio


async def counter(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)


async def inline():
    print("inline runs before any other task")
    return 1


async def at(delay, label):
    await asyncio.sleep(delay)
    print(label, asyncio.get_running_loop().time())


async def main():
    a = asyncio.create_task(counter("a", 3))
    b = asyncio.create_task(counter("b", 3))
    print("tasks created", a.done(), b.done())
    print(await inline())
    await asyncio.gather(a, b)
    await asyncio.gather(at(1, "first"), at(1, "second"), at(0.5, "half"), at(1, "third"))
    t = 0.0
    for _ in range(10):
        await asyncio.sleep(0.1)
        t += 0.1
    print(asyncio.get_running_loop().time(), t)


asyncio.run(main())
