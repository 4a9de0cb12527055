import asyncio

async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1, ValueError("first")), name="v")
            tg.create_task(fail(1, TypeError("second")), name="t")
            tg.create_task(fail(2, KeyError("never")), name="k")
    except ExceptionGroup as eg:
        print(eg)
        print([repr(e) for e in eg.exceptions])

asyncio.run(main())
