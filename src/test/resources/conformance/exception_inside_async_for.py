import asyncio

async def items():
    for i in range(5):
        await asyncio.sleep(0.2)
        if i == 3:
            raise IndexError(f"item {i} unavailable")
        yield i

async def main():
    seen = []
    try:
        async for i in items():
            seen.append(i)
    except IndexError as e:
        print("stopped:", e, seen, asyncio.get_running_loop().time())
    async for i in items():
        print(i)

asyncio.run(main())
