import asyncio


class Connection:
    async def __aenter__(self):
        print("open")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("closing after", exc_type.__name__)
        await asyncio.sleep(1)
        raise ConnectionError("close failed")


async def main():
    async with Connection():
        await asyncio.sleep(1)
        raise ValueError("query failed")

asyncio.run(main())
