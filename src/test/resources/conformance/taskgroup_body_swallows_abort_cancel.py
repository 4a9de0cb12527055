import asyncio

async def failing():
    await asyncio.sleep(1)
    raise ValueError("child failed")

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                print("body swallowed cancel at", loop.time())
            await asyncio.sleep(1)
            print("body kept going until", loop.time())
    except* ValueError as eg:
        print("group raised", eg.exceptions, "at", loop.time())
    print("cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
