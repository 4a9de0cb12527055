import asyncio

async def fire_and_forget():
    await asyncio.sleep(1)
    raise RuntimeError("nobody is listening")

async def main():
    asyncio.create_task(fire_and_forget())
    await asyncio.sleep(2)
    print("main finished without looking at the task")

asyncio.run(main())
