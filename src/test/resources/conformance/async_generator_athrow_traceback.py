import asyncio


async def feed():
    try:
        yield 1
        yield 2
    except KeyError:
        print("feed got KeyError")
        raise IndexError("feed converted")


async def main():
    g = feed()
    print(await g.__anext__())
    await g.athrow(KeyError("k"))

asyncio.run(main())
