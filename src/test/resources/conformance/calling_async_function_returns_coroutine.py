import asyncio

async def compute():
    return 42

async def main():
    c = compute()
    print(type(c).__name__)
    value = await c
    print(value)

asyncio.run(main())
