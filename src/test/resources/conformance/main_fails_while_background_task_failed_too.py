import asyncio

async def background():
    await asyncio.sleep(0.5)
    raise KeyError("background broke")

async def main():
    asyncio.create_task(background(), name="bg")
    await asyncio.sleep(1)
    raise RuntimeError("main broke")

asyncio.run(main())
