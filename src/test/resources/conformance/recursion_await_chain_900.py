# An await chain 900 coroutines deep runs inside a task (awaiting a coroutine is not a scheduling point), and
# suspends and resumes through every frame of it; three such chains interleave under gather.
import asyncio


async def chain(n, label):
    if n == 0:
        await asyncio.sleep(0.5)
        print(label, "reached the bottom at", asyncio.get_running_loop().time())
        return 0
    return 1 + await chain(n - 1, label)


async def main():
    print(await chain(900, "alone"))
    results = await asyncio.gather(chain(850, "a"), chain(800, "b"), chain(700, "c"))
    print(results)


asyncio.run(main())
