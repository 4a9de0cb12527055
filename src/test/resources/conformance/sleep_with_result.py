import asyncio

async def main():
    v = await asyncio.sleep(1, result="payload")
    print(v)
    v = await asyncio.sleep(0, result=[1, 2])
    print(v)
    print(await asyncio.sleep(0.5))

asyncio.run(main())
