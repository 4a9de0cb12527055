import asyncio

async def leaf(n):
    await asyncio.sleep(n)
    if n == 2:
        raise LookupError(f"leaf {n}")
    return n

async def branch():
    return await asyncio.gather(leaf(1), leaf(2))

async def main():
    print(await branch())

asyncio.run(main())
