import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return f"{name} ({delay}s)"

async def main():
    coros = [job("a", 3), job("b", 1), job("c", 2)]
    for fut in asyncio.as_completed(coros):
        result = await fut
        print(result, "at", asyncio.get_running_loop().time())

asyncio.run(main())
