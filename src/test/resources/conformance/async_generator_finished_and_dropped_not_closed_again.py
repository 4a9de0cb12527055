import asyncio

async def agen():
    yield 1

async def main():
    g = agen()
    async for v in g:
        print(v)
    g = None
    print("main ends")

asyncio.run(main())
