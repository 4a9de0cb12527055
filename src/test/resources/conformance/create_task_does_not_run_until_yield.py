import asyncio

async def child():
    print("child runs")
    return "child result"

async def main():
    t = asyncio.create_task(child())
    print("created; done?", t.done())
    for i in range(3):
        print("main still running", i)
    r = await t
    print("awaited:", r, t.done())

asyncio.run(main())
