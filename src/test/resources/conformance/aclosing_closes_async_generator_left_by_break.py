import asyncio
import contextlib


async def readings():
    try:
        for i in range(5):
            print("producing", i)
            yield i
            await asyncio.sleep(0.5)
    finally:
        print("generator closed at", asyncio.get_running_loop().time())


async def main():
    # Leaving an async for with break does not finish the generator; aclosing closes it at the end of the
    # block, in this task, right away (not whenever the generator is collected).
    async with contextlib.aclosing(readings()) as stream:
        async for value in stream:
            if value == 2:
                break
            print("read", value)
    print("after the block", asyncio.get_running_loop().time())
    try:
        async with contextlib.aclosing(readings()) as stream:
            async for value in stream:
                raise ValueError(f"bad reading {value}")
    except ValueError as e:
        print("error still propagates:", e)


asyncio.run(main())
