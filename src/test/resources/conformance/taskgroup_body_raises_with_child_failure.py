import asyncio

async def failing():
    await asyncio.sleep(0)
    raise ValueError("child")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            raise RuntimeError("body")
    except ExceptionGroup as eg:
        print(eg.message, [repr(e) for e in eg.exceptions])

asyncio.run(main())
