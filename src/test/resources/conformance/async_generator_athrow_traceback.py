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
    try:
        await g.athrow(KeyError("k"))
    except IndexError:
        del g  # a finished generator still alive at shutdown would get an aclose task
        raise

asyncio.run(main())
