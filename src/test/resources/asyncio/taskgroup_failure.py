# TaskGroup: the first failing child cancels its siblings (their finally blocks run) and the parent body;
# the errors leave as an ExceptionGroup that except* can split; an uncaught group ends the program.
import asyncio


async def worker(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} broke")
        print(name, "finished", asyncio.get_running_loop().time())
        return name
    except asyncio.CancelledError:
        print(name, "cancelled", asyncio.get_running_loop().time())
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker("one", 1))
        t2 = tg.create_task(worker("two", 2), name="second")
    print("all done", t1.result(), t2.result(), t2.get_name())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("ok", 0.5))
            tg.create_task(worker("bad", 1, fail=True))
            tg.create_task(worker("slow", 5))
            await asyncio.sleep(10)
            print("body never finishes")
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions], asyncio.get_running_loop().time())

    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker("last", 1, fail=True))


asyncio.run(main())
