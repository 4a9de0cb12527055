import asyncio

async def child():
    await asyncio.sleep(1)
    print("child returns")
    return "c"

async def main():
    t = asyncio.create_task(child())
    t.add_done_callback(lambda f: print("done callback sees", f.result()))
    print("main awaits")
    print("main got", await t)

asyncio.run(main())
