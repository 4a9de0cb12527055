import asyncio

state = {"count": 0}

async def incrementer(cond):
    for _ in range(5):
        await asyncio.sleep(1)
        async with cond:
            state["count"] += 1
            cond.notify_all()

async def main():
    cond = asyncio.Condition()
    asyncio.create_task(incrementer(cond))
    async with cond:
        await cond.wait_for(lambda: state["count"] >= 3)
        print("count reached", state["count"], "at", asyncio.get_running_loop().time())

asyncio.run(main())
