import asyncio

async def child(n):
    print("child", n, "started")
    await asyncio.sleep(1)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(child(1))
            t2 = tg.create_task(child(2))
            raise ZeroDivisionError("body failed first")
    except* ZeroDivisionError as eg:
        print("caught", eg.exceptions)
    print("t1 cancelled:", t1.cancelled(), "t2 cancelled:", t2.cancelled())

asyncio.run(main())
