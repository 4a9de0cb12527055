import asyncio

async def consumer(cond, name, items):
    async with cond:
        while not items:
            await cond.wait()
        print(f"{name} took {items.pop(0)}")

async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(cond, f"c{i}", items)) for i in range(3)]
    await asyncio.sleep(1)
    async with cond:
        items.append("x")
        cond.notify(1)
    await asyncio.sleep(1)
    async with cond:
        items.extend(["y", "z"])
        cond.notify_all()
    await asyncio.gather(*tasks)

asyncio.run(main())
