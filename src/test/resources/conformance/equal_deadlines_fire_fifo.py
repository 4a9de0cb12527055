import asyncio

async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print(name, "woke at", asyncio.get_running_loop().time())

async def main():
    await asyncio.gather(
        sleeper("first", 1),
        sleeper("second", 1),
        sleeper("third", 0.5),
        sleeper("fourth", 1),
        sleeper("fifth", 0.5),
    )

asyncio.run(main())
