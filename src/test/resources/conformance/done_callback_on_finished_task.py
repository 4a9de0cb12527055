import asyncio

async def quick():
    return 1

async def main():
    t = asyncio.create_task(quick())
    await t
    t.add_done_callback(lambda f: print("late callback, current task:", asyncio.current_task()))
    print("callback registered")
    await asyncio.sleep(0)
    print("after one iteration")

asyncio.run(main())
