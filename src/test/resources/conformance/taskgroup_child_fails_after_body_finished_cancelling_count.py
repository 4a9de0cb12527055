import asyncio

async def fail_later():
    await asyncio.sleep(1)
    raise ValueError("late failure")

async def slow():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("slow cancelled at", asyncio.get_running_loop().time())
        raise

async def main():
    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_later())
            tg.create_task(slow())
            print("body done, cancelling =", me.cancelling())
    except* ValueError as eg:
        print("caught", eg.exceptions, "cancelling =", me.cancelling())
    await asyncio.sleep(1)
    print("still runs at", asyncio.get_running_loop().time())
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(2)
    except TimeoutError:
        print("timeout still works at", asyncio.get_running_loop().time())

asyncio.run(main())
