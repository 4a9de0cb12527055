import asyncio

async def fail(d, exc):
    await asyncio.sleep(d)
    raise exc

async def inner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(1, ValueError("deep")))
        tg.create_task(fail(1, TypeError("deep type")))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner())
            tg.create_task(fail(2, OSError("late")))
    except* ValueError as eg:
        print("ValueError part:", repr(eg))
    except* TypeError as eg:
        print("TypeError part:", repr(eg))
    print("OSError sibling was cancelled before it could fail")

asyncio.run(main())
