# TaskGroup: one child fails, the group cancels the siblings still running and the parent's own await, waits
# for all of them, then raises an ExceptionGroup holding the failure.
import asyncio


async def worker(name, delay, fail):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "cancelled", asyncio.get_running_loop().time())
        raise
    if fail:
        raise ValueError(name)
    print(name, "finished", asyncio.get_running_loop().time())


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("ok", 0.5, False))
            tg.create_task(worker("bad", 1, True))
            tg.create_task(worker("slow", 5, False))
            await asyncio.sleep(10)
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.exceptions, asyncio.get_running_loop().time())


asyncio.run(main())
