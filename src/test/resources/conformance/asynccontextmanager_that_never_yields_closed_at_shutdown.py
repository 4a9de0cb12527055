import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def never():
    if False:
        yield

async def main():
    async with never():
        print("inside")

asyncio.run(main())
