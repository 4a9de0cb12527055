import asyncio
from contextlib import asynccontextmanager, suppress


@asynccontextmanager
async def resource():
    print("acquire")
    try:
        yield "r"
    finally:
        print("release")


async def main():
    with suppress(KeyError):
        {}["x"]
    print("suppressed")
    async with resource() as r:
        print("using", r)
        raise ValueError("inside resource")

asyncio.run(main())
