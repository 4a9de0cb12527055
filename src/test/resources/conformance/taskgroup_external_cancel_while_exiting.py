import asyncio

# The TaskGroup cancels a and b in set (address) order: collect the cancellations, print them sorted.
cancelled = []

async def child(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
    except asyncio.CancelledError:
        cancelled.append(f"{name} cancelled at {asyncio.get_running_loop().time()}")
        raise

async def runner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("a", 5))
        tg.create_task(child("b", 6))
    print("not reached")

async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("runner cancelled; cancelling =", t.cancelling())
    for line in sorted(cancelled):
        print(line)

asyncio.run(main())
