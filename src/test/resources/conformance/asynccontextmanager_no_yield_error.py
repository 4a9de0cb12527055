import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def broken():
    if False:
        yield


async def main():
    async with broken():
        print("never")

asyncio.run(main())
