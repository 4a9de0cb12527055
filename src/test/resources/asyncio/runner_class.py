# asyncio.Runner: one loop for several run() calls, shut down (leftover tasks cancelled) when the with block
# exits; a closed runner refuses to run.
import asyncio

async def step(label, d):
    await asyncio.sleep(d)
    print(label, asyncio.get_running_loop().time(), asyncio.current_task().get_name())
    return label

async def leftover():
    try:
        await asyncio.sleep(100)
    finally:
        print("leftover cleaned up", asyncio.get_running_loop().time())

async def spawn():
    asyncio.create_task(leftover())
    await asyncio.sleep(0)

with asyncio.Runner() as runner:
    print(runner.run(step("a", 1)))
    print(runner.run(step("b", 2)))
    runner.run(spawn())
    loop = runner.get_loop()
    print(loop.is_closed())
print(loop.is_closed())
try:
    runner.run(step("c", 1))
except RuntimeError as e:
    print(e)
print(asyncio.run(step("d", 1)))
