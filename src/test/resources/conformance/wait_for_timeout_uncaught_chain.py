import asyncio


async def slow_query():
    print("query started")
    await asyncio.sleep(5)
    return "rows"


async def main():
    result = await asyncio.wait_for(slow_query(), timeout=2)
    print(result)

asyncio.run(main())
