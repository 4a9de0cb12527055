import asyncio

async def worker(name):
    print(f"{name} started")
    await asyncio.sleep(0)
    print(f"{name} resumed")

async def main():
    for name in ["a", "b", "c"]:
        asyncio.create_task(worker(name))
    print("tasks created, none has run yet")
    await asyncio.sleep(0)
    print("main after first sleep(0)")
    await asyncio.sleep(0)
    print("main after second sleep(0)")

asyncio.run(main())
