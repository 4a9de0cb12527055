# Task-N names: one counter per program; create_task(name=...) still draws a number (3.12 renames after
# creating), loop.create_task(name=...) does not; gather and shield wrap coroutines in hidden tasks, wait_for
# runs its coroutine inline; every asyncio.run uses three names (main + two shutdown tasks).
import asyncio


async def child():
    await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(child(), name="x")
    t2 = asyncio.create_task(child())
    print(asyncio.current_task().get_name(), t.get_name(), t2.get_name())
    await asyncio.wait_for(child(), 1)
    await asyncio.gather(child(), child())
    await asyncio.shield(child())
    t3 = asyncio.get_running_loop().create_task(child(), name="y")
    t4 = asyncio.create_task(child())
    print(t3.get_name(), t4.get_name())


async def second():
    print(asyncio.current_task().get_name())


asyncio.run(main())
asyncio.run(second())
