import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def connection(name):
    print(f"open {name}")
    await asyncio.sleep(0.5)
    try:
        yield f"conn-{name}"
    finally:
        await asyncio.sleep(0.5)
        print(f"close {name} at {asyncio.get_running_loop().time()}")

async def main():
    async with connection("db") as c:
        print("using", c)
    try:
        async with connection("cache") as c:
            raise ValueError("query failed")
    except ValueError as e:
        print("caught", e)

asyncio.run(main())
