import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def broken():
    if False:
        yield


async def main():
    try:
        async with broken():
            print("never")
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("main carries on")

asyncio.run(main())
