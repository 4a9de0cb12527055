import asyncio

async def parse(text):
    await asyncio.sleep(0.1)
    return int(text)

async def main():
    numbers = await asyncio.gather(parse("1"), parse("two"), parse("3"))
    print(numbers)

asyncio.run(main())
