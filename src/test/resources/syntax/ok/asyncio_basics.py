import asyncio
import time, random as rnd
from contextlib import asynccontextmanager, suppress
from . import sibling
from ..pkg.mod import (a as b, c,)


async def say_after(delay: float, what: str) -> None:
    """Docstring."""
    await asyncio.sleep(delay)
    print(what)


async def main():
    task1 = asyncio.create_task(say_after(1, 'hello'), name="t1")
    task2 = asyncio.create_task(say_after(2, 'world'))
    print(f"started at {time.strftime('%X')}")
    await task1
    await task2
    results = await asyncio.gather(*[say_after(i, str(i)) for i in range(3)], return_exceptions=True)
    async with asyncio.TaskGroup() as tg, asyncio.timeout(5):
        tg.create_task(say_after(0.5, "x"))
    async for item in agen():
        print(item)
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=1.0)
    except asyncio.TimeoutError as e:
        print("timeout", e)
    return results

asyncio.run(main())
