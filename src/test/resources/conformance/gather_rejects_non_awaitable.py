import asyncio

async def tick():
    await asyncio.sleep(1)
    print("tick still ran")

async def main():
    try:
        await asyncio.gather(tick(), "not awaitable")
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(2)
    print("end", asyncio.get_running_loop().time())

asyncio.run(main())
