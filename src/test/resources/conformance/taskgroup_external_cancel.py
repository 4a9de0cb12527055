import asyncio

async def child(n):
    try:
        await asyncio.sleep(n)
    except asyncio.CancelledError:
        print(f"child {n} cancelled at {asyncio.get_running_loop().time()}")
        raise

async def supervisor():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(5))
        print("not reached")
    except asyncio.CancelledError:
        print("supervisor sees CancelledError, cancelling() =", asyncio.current_task().cancelling())
        raise

async def main():
    t = asyncio.create_task(supervisor())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("supervisor cancelled:", t.cancelled())

asyncio.run(main())
