import asyncio

async def stubborn():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores cancel at", loop.time())
    await asyncio.sleep(2)
    print("stubborn finishes at", loop.time())
    return "stubborn"

async def failing():
    await asyncio.sleep(1)
    raise OSError("disk")

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            s = tg.create_task(stubborn())
            tg.create_task(failing())
    except* OSError as eg:
        print("group exited at", loop.time(), "with", eg.exceptions)
    print("stubborn result:", s.result())

asyncio.run(main())
