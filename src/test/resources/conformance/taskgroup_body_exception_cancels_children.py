import asyncio

async def child(n):
    try:
        await asyncio.sleep(n)
        print("child", n, "done")
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            tg.create_task(child(3))
            await asyncio.sleep(2)
            raise KeyError("body failed")
    except* KeyError as eg:
        print("group:", repr(eg.exceptions[0]))

asyncio.run(main())
