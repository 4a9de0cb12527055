import asyncio

async def square(x):
    await asyncio.sleep(x / 10)
    return x * x

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(i), name=f"sq-{i}") for i in range(5)]
    print([t.result() for t in tasks])
    print([t.get_name() for t in tasks])
    print(asyncio.current_task().get_name())

asyncio.run(main())
