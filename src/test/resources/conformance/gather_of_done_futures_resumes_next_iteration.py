import asyncio

async def side():
    print("side task ran")

async def main():
    loop = asyncio.get_running_loop()
    f1, f2 = loop.create_future(), loop.create_future()
    f1.set_result(1)
    f2.set_result(2)
    asyncio.create_task(side())
    print(await asyncio.gather(f1, f2))
    print("after gather of done futures")

asyncio.run(main())
