import asyncio

async def once():
    print("body runs once")
    await asyncio.sleep(1)
    return "value"

async def main():
    t = asyncio.create_task(once())
    a = await t
    b = await t
    print(a, b, asyncio.get_running_loop().time())
    c = once()
    await c
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
