import asyncio

async def quitter():
    await asyncio.sleep(1)
    raise asyncio.CancelledError("I quit")

async def worker():
    await asyncio.sleep(2)
    return "worker done"

async def main():
    async with asyncio.TaskGroup() as tg:
        q = tg.create_task(quitter())
        w = tg.create_task(worker())
    print("quitter cancelled:", q.cancelled(), "worker:", w.result())
    try:
        q.result()
    except asyncio.CancelledError as e:
        print("result() raises CancelledError", e.args)

asyncio.run(main())
