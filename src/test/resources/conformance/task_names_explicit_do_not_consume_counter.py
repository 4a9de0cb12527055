import asyncio

async def show():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()

async def main():
    a = asyncio.create_task(show())
    b = asyncio.create_task(show(), name="custom")
    c = asyncio.create_task(show())
    c.set_name("renamed")
    d = asyncio.create_task(show())
    print(await asyncio.gather(a, b, c, d))

asyncio.run(main())
