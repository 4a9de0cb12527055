# gather: results in argument order (not completion order); max-not-sum timing; return_exceptions collects
# errors in place; without it the first error propagates at once while the other children keep running.
import asyncio


async def work(name, delay, fail=False):
    print("start", name)
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print("end", name, asyncio.get_running_loop().time())
    return name.upper()


async def main():
    print(await asyncio.gather(work("a", 3), work("b", 1), work("c", 2)))
    print(await asyncio.gather(work("d", 1), work("e", 0.5, fail=True), return_exceptions=True))
    try:
        await asyncio.gather(work("f", 1, fail=True), work("g", 2))
    except ValueError as e:
        print("caught", e, asyncio.get_running_loop().time())
    await asyncio.sleep(2)
    print("empty", await asyncio.gather())
    print("done", asyncio.get_running_loop().time())


asyncio.run(main())
