import asyncio

async def victim():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print("caught", e.args, "cancelling =", me.cancelling())
        raise

async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    print(t.cancel("first"), t.cancel("second"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("await raised", e.args)
    print("after done: cancel ->", t.cancel(), "cancelling =", t.cancelling())

asyncio.run(main())
