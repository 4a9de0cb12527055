import asyncio

async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(KeyError("k"), 0.2))
            tg.create_task(fail(ValueError("v"), 0.1))
    except* (ValueError, TypeError) as eg:
        print("first handler:", [repr(e) for e in eg.exceptions])
    except* LookupError as eg:
        print("second handler:", [repr(e) for e in eg.exceptions])
    else:
        print("no exception")
    finally:
        print("finally at", asyncio.get_running_loop().time())

asyncio.run(main())
