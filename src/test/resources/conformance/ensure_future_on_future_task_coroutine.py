import asyncio

async def work():
    return "w"

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    t = asyncio.create_task(work())
    print(asyncio.ensure_future(t) is t)
    t2 = asyncio.ensure_future(work())
    print(type(t2).__name__, t2.get_name())
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    f.set_result(None)
    print(await t, await t2)

asyncio.run(main())
