import asyncio

async def leaf():
    await asyncio.sleep(5)

async def middle():
    await asyncio.create_task(leaf(), name="leaf")

async def main():
    m = asyncio.create_task(middle(), name="middle")
    await asyncio.sleep(1)
    for t in asyncio.all_tasks():
        if t.get_name() == "leaf":
            t.cancel("leaf stop")
    await m

asyncio.run(main())
