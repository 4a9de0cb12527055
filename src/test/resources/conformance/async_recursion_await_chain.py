import asyncio

async def countdown(n):
    if n == 0:
        await asyncio.sleep(1)
        return "liftoff"
    return await countdown(n - 1)

async def tree_sum(depth):
    if depth == 0:
        await asyncio.sleep(0.1)
        return 1
    left, right = await asyncio.gather(tree_sum(depth - 1), tree_sum(depth - 1))
    return left + right

async def main():
    print(await countdown(50))
    print(await tree_sum(4), asyncio.get_running_loop().time())

asyncio.run(main())
