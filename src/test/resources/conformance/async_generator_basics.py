import asyncio

async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i * 10

async def main():
    async for v in ticker(3, 0.5):
        print(v, asyncio.get_running_loop().time())
    values = [v async for v in ticker(4, 0.25)]
    print(values)
    evens = [v async for v in ticker(5, 0) if v % 20 == 0]
    print(evens)

asyncio.run(main())
