import asyncio

async def agen(tag):
    try:
        yield 1
        await asyncio.sleep(1)
        yield 2
    finally:
        print(tag, "finally", asyncio.current_task().get_name())

async def rebinds():
    g = agen("rebound")
    print(await g.__anext__())
    g = None
    print("rebound to None")
    await asyncio.sleep(0)
    print("rebinds after sleep")

async def keeps(holder):
    g = agen("kept")
    print(await g.__anext__())
    holder.append(g)

async def main():
    await rebinds()
    holder = []
    await keeps(holder)
    print("kept in holder")
    await asyncio.sleep(0)
    holder.clear()
    print("holder cleared")
    await asyncio.sleep(0)
    coro = rebinds()
    t = asyncio.create_task(coro)
    coro = None
    await t
    print("main ends")

asyncio.run(main())
print("after run")
