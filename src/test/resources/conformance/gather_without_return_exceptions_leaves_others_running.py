import asyncio

async def fail_soon():
    await asyncio.sleep(1)
    raise ValueError("first failure")

async def slow(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} still finished at {asyncio.get_running_loop().time()}")
    return name

async def main():
    try:
        await asyncio.gather(fail_soon(), slow("x", 2), slow("y", 3))
    except ValueError as e:
        print("gather raised:", e, "at", asyncio.get_running_loop().time())
    await asyncio.sleep(5)
    print("main done")

asyncio.run(main())
