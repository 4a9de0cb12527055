import asyncio

async def work():
    return 1

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(work())
    coro = work()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    tg2 = asyncio.TaskGroup()
    coro2 = work()
    try:
        tg2.create_task(coro2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async def fail():
        raise ValueError("x")
    try:
        async with asyncio.TaskGroup() as tg3:
            tg3.create_task(fail())
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            c = work()
            try:
                tg3.create_task(c)
            except RuntimeError as e:
                print("aborting:", e)
    except* ValueError:
        print("group failed")

asyncio.run(main())
