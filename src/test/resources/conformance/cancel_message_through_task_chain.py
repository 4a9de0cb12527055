import asyncio

async def leaf():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print("leaf got", e.args)
        raise

async def middle():
    try:
        await asyncio.create_task(leaf())
    except asyncio.CancelledError as e:
        print("middle got", e.args)
        raise

async def main():
    m = asyncio.create_task(middle())
    await asyncio.sleep(1)
    m.cancel("top-down")
    try:
        await m
    except asyncio.CancelledError as e:
        print("main got", e.args)

asyncio.run(main())
