import asyncio

async def failing():
    await asyncio.sleep(1)
    raise KeyError("missing")

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                print("body cancelled at", loop.time(), "cancelling:", asyncio.current_task().cancelling())
                raise
    except* KeyError as eg:
        print("caught", repr(eg.exceptions[0]), "at", loop.time())
    print("after, cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
