import asyncio

async def grumpy():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        raise ValueError("refused to cancel")

async def main():
    try:
        await asyncio.wait_for(grumpy(), 1)
    except ValueError as e:
        print("ValueError:", e, "context:", type(e.__context__).__name__)
    except TimeoutError:
        print("TimeoutError")

asyncio.run(main())
