import asyncio

async def spinner(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(spinner("A", 3), spinner("B", 2), spinner("C", 3))
    print("time still", asyncio.get_running_loop().time())

asyncio.run(main())
