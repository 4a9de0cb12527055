import asyncio

async def leaf(x):
    return x + 1

async def middle(x):
    return await leaf(x) * 2

async def main():
    s = 0
    for i in range(5000):
        s += await middle(i)
    print(s)

asyncio.run(main())
