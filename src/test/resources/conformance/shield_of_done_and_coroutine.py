import asyncio

async def value():
    return 42

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("done already")
    s = asyncio.shield(f)
    print("same object:", s is f)
    print(await s)
    print(await asyncio.shield(value()))
    print("tasks so far:", len(asyncio.all_tasks()))

asyncio.run(main())
