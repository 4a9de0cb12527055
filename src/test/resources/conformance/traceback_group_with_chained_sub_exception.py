import asyncio

class FetchError(Exception):
    pass

async def fetch(url):
    await asyncio.sleep(0.5)
    try:
        raise ConnectionError(f"refused: {url}")
    except ConnectionError as e:
        raise FetchError(url) from e

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch("a"))
        tg.create_task(asyncio.sleep(1))

asyncio.run(main())
