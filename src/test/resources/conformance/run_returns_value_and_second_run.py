import asyncio

async def compute(x):
    await asyncio.sleep(x)
    return x * 2

print(asyncio.run(compute(1)))
print(asyncio.run(compute(2.5)))
print(asyncio.run(asyncio.sleep(0.5, result="direct")))
