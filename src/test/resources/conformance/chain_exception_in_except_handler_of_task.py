import asyncio


async def fetch():
    await asyncio.sleep(1)
    raise ConnectionError("reset by peer")


async def main():
    try:
        await fetch()
    except ConnectionError as e:
        print("retrying after", e)
        await asyncio.sleep(1)
        raise TimeoutError("retry budget exhausted")

asyncio.run(main())
