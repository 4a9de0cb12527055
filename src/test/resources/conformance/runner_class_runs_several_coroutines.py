import asyncio

async def step(n):
    await asyncio.sleep(n)
    return asyncio.current_task().get_name(), asyncio.get_running_loop().time()

with asyncio.Runner() as runner:
    print(runner.run(step(1)))
    print(runner.run(step(2)))
    loop = runner.get_loop()
    print(loop.time())
print(asyncio.run(step(0.5)))
