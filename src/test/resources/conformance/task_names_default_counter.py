import asyncio

async def show():
    print("I am", asyncio.current_task().get_name())

async def main():
    print("main is", asyncio.current_task().get_name())
    await asyncio.gather(show(), show())
    t = asyncio.create_task(show())
    await t
    print("created", t.get_name())

asyncio.run(main())
