import asyncio

class Stop(BaseException):
    pass

async def stopper():
    await asyncio.sleep(1)
    raise Stop("halt")

async def sibling():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("sibling cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(stopper())
            tg.create_task(sibling())
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, eg)
        print(isinstance(eg, ExceptionGroup), [repr(e) for e in eg.exceptions])
    r = await asyncio.gather(stopper(), return_exceptions=True)
    print("gather returned", repr(r[0]))

asyncio.run(main())
