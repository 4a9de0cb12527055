import asyncio

async def value():
    await asyncio.sleep(1)
    return 7

async def main():
    print(await asyncio.gather())
    t = asyncio.create_task(value())
    print(await asyncio.gather(t, t, t))
    print(await asyncio.gather(value(), asyncio.sleep(0.5, result="slept")))

asyncio.run(main())
