import asyncio


async def fetch():
    return "data"


def sync_caller():
    result = fetch()
    return result.upper()


async def main():
    c = fetch()
    print(type(c).__name__)
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    sync_caller()

asyncio.run(main())
