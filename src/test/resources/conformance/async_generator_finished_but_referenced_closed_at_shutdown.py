import asyncio

async def agen():
    yield 1

async def main():
    global g
    g = agen()
    async for v in g:
        print(v)
    print("main ends")

asyncio.run(main())
print("after run")
