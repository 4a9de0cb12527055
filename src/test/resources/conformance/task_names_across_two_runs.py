import asyncio

async def main(label):
    print(label, asyncio.current_task().get_name())
    t = asyncio.create_task(asyncio.sleep(0))
    print(label, "child", t.get_name())
    await t

asyncio.run(main("first run"))
asyncio.run(main("second run"))
