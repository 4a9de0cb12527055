import asyncio

async def step(name):
    print(f"step {name}")
    return name

async def background():
    print("background ran")

async def main():
    asyncio.create_task(background())
    await step("one")     # no suspension: background has not run yet
    await step("two")
    print("before sleep(0)")
    await asyncio.sleep(0)
    print("after sleep(0)")

asyncio.run(main())
