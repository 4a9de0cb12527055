import asyncio

class FetchError(Exception):
    pass

async def fetch():
    await asyncio.sleep(1)
    raise ConnectionError("reset by peer")

async def main():
    t = asyncio.create_task(fetch())
    try:
        await t
    except ConnectionError as e:
        raise FetchError("could not fetch") from e

asyncio.run(main())
