import asyncio

async def converter():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        raise RuntimeError("converted") from e

async def reraiser():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("cleanup then re-raise")
        raise

async def main():
    a = asyncio.create_task(converter())
    b = asyncio.create_task(reraiser())
    await asyncio.sleep(1)
    a.cancel()
    b.cancel()
    ra, rb = await asyncio.gather(a, b, return_exceptions=True)
    print(type(ra).__name__, ra, type(ra.__cause__).__name__, a.cancelled())
    print(type(rb).__name__, b.cancelled())

asyncio.run(main())
