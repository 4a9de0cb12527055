# TaskGroup: an error in the body itself aborts the children; nested groups; a child created from another
# child; a parent cancelled from outside cancels the group and propagates CancelledError.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "done", asyncio.get_running_loop().time())
    except asyncio.CancelledError:
        print(name, "cancelled", asyncio.get_running_loop().time())
        raise


async def spawner(tg):
    await asyncio.sleep(0.5)
    tg.create_task(child("late", 1))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1", 5))
            await asyncio.sleep(1)
            raise KeyError("body")
    except* KeyError as eg:
        print("body error", eg.exceptions)

    async with asyncio.TaskGroup() as outer:
        outer.create_task(spawner(outer))
        async with asyncio.TaskGroup() as inner:
            inner.create_task(child("inner", 1))
        print("inner group exited", asyncio.get_running_loop().time())
    print("outer group exited", asyncio.get_running_loop().time())

    async def guarded():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("g1", 10))
            await asyncio.sleep(10)

    t = asyncio.create_task(guarded())
    await asyncio.sleep(2)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("guarded cancelled", t.cancelled(), asyncio.get_running_loop().time())


asyncio.run(main())
