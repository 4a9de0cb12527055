import asyncio

async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        print(name, "took", items.pop(0), "at", asyncio.get_running_loop().time())

async def main():
    cond = asyncio.Condition()
    items = []
    ts = [asyncio.create_task(consumer(cond, items, f"c{i}")) for i in range(3)]
    await asyncio.sleep(1)
    async with cond:
        items.extend(["x", "y"])
        cond.notify(2)
    await asyncio.sleep(1)
    async with cond:
        items.append("z")
        cond.notify_all()
    await asyncio.gather(*ts)
    print("left:", items)

asyncio.run(main())
