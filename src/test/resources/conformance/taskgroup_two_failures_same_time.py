import asyncio

async def fail(kind, delay):
    await asyncio.sleep(delay)
    raise kind(f"{kind.__name__} after {delay}")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError, 1))
            tg.create_task(fail(KeyError, 1))
            tg.create_task(fail(TypeError, 2))
    except* ValueError as eg:
        print("value errors:", len(eg.exceptions))
    except* KeyError as eg:
        print("key errors:", eg.exceptions)
    print("time", asyncio.get_running_loop().time())

asyncio.run(main())
