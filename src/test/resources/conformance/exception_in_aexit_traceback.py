import asyncio

class Conn:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await asyncio.sleep(0.5)
        raise ConnectionError("close failed")

async def main():
    async with Conn():
        raise ValueError("work failed")

asyncio.run(main())
