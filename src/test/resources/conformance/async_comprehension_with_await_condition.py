import asyncio

async def is_even(n):
    await asyncio.sleep(0.1)
    return n % 2 == 0

async def numbers(n):
    for i in range(n):
        yield i

async def main():
    evens = [i async for i in numbers(6) if await is_even(i)]
    squares = {i: i * i async for i in numbers(3)}
    doubled = [await asyncio.sleep(0.1, result=x * 2) for x in range(3)]
    print(evens, squares, doubled, asyncio.get_running_loop().time())

asyncio.run(main())
