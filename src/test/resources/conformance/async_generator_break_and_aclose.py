import asyncio

async def numbers():
    try:
        i = 0
        while True:
            yield i
            i += 1
            await asyncio.sleep(1)
    finally:
        print("generator finally runs")

async def main():
    gen = numbers()
    async for n in gen:
        if n == 2:
            break
        print("got", n)
    print("after loop")
    await gen.aclose()
    print("closed at", asyncio.get_running_loop().time())

asyncio.run(main())
