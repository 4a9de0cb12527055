import asyncio

async def feed():
    try:
        yield 1
    except KeyError:
        raise IndexError("converted")

async def main():
    g = feed()
    await g.__anext__()
    await g.athrow(KeyError())

asyncio.run(main())
