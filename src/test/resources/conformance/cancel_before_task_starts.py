import asyncio

async def never_starts():
    print("this line never runs")

async def main():
    t = asyncio.create_task(never_starts())
    t.cancel()
    print("cancelling:", t.cancelling(), "done:", t.done())
    await asyncio.sleep(0)
    print("cancelled:", t.cancelled(), "done:", t.done())

asyncio.run(main())
