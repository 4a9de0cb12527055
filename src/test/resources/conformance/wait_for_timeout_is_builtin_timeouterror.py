import asyncio

async def slow():
    await asyncio.sleep(5)

async def main():
    try:
        await asyncio.wait_for(slow(), 1)
    except asyncio.TimeoutError as e:
        print(type(e).__name__, asyncio.TimeoutError is TimeoutError)
        print(repr(e.__cause__))

asyncio.run(main())
